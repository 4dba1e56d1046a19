using Google.OrTools.Sat;

namespace EstateCommons.Domain.Markets;

/// <summary>Builds the <see cref="AllocationModel"/> of one market day: choices, pools, then the pitch and cap limits.</summary>
internal sealed class AllocationModelBuilder
{
    private readonly AllocationScore score;
    private readonly CandidatePitchGroups candidates;
    private readonly AllocationRequest request;
    private readonly HashSet<int> held;
    private readonly CpModel model = new();
    private readonly List<ILiteral>[] onPitch;
    private readonly List<ILiteral>[] underCap;
    private readonly List<ILiteral> objectiveTerms = [];
    private readonly List<long> objectiveValues = [];
    private readonly List<AllocationModel.RankedChoice> ranked = [];
    private readonly List<AllocationModel.PoolPlace> poolPlaces = [];
    private readonly List<AllocationModel.PoolGroup> poolGroups = [];
    private readonly Dictionary<NeedProfile, List<ILiteral>> poolMembers = [];

    public AllocationModelBuilder(AllocationScore score)
    {
        this.score = score;
        candidates = score.Candidates;
        request = candidates.Request;
        held = candidates.Standing.SelectMany(s => candidates.Groups[s.Key][s.Value]).ToHashSet();
        onPitch = request.Layout.Pitches.Select(_ => new List<ILiteral>()).ToArray();
        underCap = request.Caps.Select(_ => new List<ILiteral>()).ToArray();
    }

    public AllocationModel Build()
    {
        var poolHasRoom = candidates.Profiles.ToDictionary(p => p, p => p.Groups.Any(Free));
        for (var a = 0; a < request.Applicants.Count; a++)
        {
            if (candidates.Standing.ContainsKey(a) || candidates.ProfileOf(a) is not { } profile) continue;
            AddChoicesOf(a, profile, poolHasRoom[profile]);
        }
        foreach (var (profile, members) in poolMembers.OrderBy(p => p.Key.Index)) AddPool(profile, members);
        foreach (var users in onPitch.Where(u => u.Count > 1)) model.AddAtMostOne(users);
        AddCaps();
        model.Maximize(LinearExpr.WeightedSum(objectiveTerms, objectiveValues));
        return new AllocationModel(score, model, ranked, poolPlaces, poolGroups);
    }

    /// <summary>Standing traders' pitches are already taken, so no choice may use them.</summary>
    private bool Free(int[] group) => !group.Any(held.Contains);

    private void AddChoicesOf(int a, NeedProfile profile, bool poolHasRoom)
    {
        var choices = new List<ILiteral>();
        foreach (var g in score.GroupsWithRankedPitches(a))
        {
            if (!Free(profile.Groups[g]) || !score.BeatsUnranked(a, g)) continue;
            var chosen = model.NewBoolVar($"a{a}g{g}");
            ranked.Add(new AllocationModel.RankedChoice(a, g, chosen));
            foreach (var pitch in profile.Groups[g]) onPitch[pitch].Add(chosen);
            choices.Add(chosen);
            objectiveTerms.Add(chosen);
            objectiveValues.Add(score.Value(a, g));
        }
        if (poolHasRoom)
        {
            var pooled = model.NewBoolVar($"a{a}pool");
            poolPlaces.Add(new AllocationModel.PoolPlace(a, pooled));
            if (!poolMembers.TryGetValue(profile, out var members)) members = poolMembers[profile] = [];
            members.Add(pooled);
            choices.Add(pooled);
            objectiveTerms.Add(pooled);
            objectiveValues.Add(score.UnrankedValue(a));
        }
        if (choices.Count > 1) model.AddAtMostOne(choices);
        for (var c = 0; c < request.Caps.Count; c++)
        {
            if (request.Caps[c].Covers(request.Applicants[a])) underCap[c].AddRange(choices);
        }
    }

    private void AddPool(NeedProfile profile, List<ILiteral> members)
    {
        var used = new List<ILiteral>();
        for (var g = 0; g < profile.Groups.Length; g++)
        {
            if (!Free(profile.Groups[g])) continue;
            var inUse = model.NewBoolVar($"p{profile.Index}g{g}");
            poolGroups.Add(new AllocationModel.PoolGroup(profile, g, inUse));
            foreach (var pitch in profile.Groups[g]) onPitch[pitch].Add(inUse);
            used.Add(inUse);
        }
        model.Add(LinearExpr.Sum(used) == LinearExpr.Sum(members));
    }

    /// <summary>Each cap counts every choice of the sellers it covers, less the places standing traders already hold.</summary>
    private void AddCaps()
    {
        for (var c = 0; c < request.Caps.Count; c++)
        {
            var cap = request.Caps[c];
            var placesLeft = cap.Maximum - candidates.Standing.Keys.Count(a => cap.Covers(request.Applicants[a]));
            if (underCap[c].Count > placesLeft) model.Add(LinearExpr.Sum(underCap[c]) <= placesLeft);
        }
    }
}
