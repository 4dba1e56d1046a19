namespace EstateCommons.Domain.Markets;

/// <summary>
/// The one place the allocation objective is defined, so the optimiser and anyone checking it agree.
/// <para>
/// An applicant given a group earns <see cref="Points"/>: for each pitch of the group, (N − rank) with N the number of
/// pitches and rank the 0-based position in their preferences (nothing if unranked), times the preference weight;
/// plus the locality weight if they are within the local radius of the site; plus the rotation weight per recent miss.
/// </para>
/// <para>
/// Ties are broken by a seeded random number per (applicant, group) in 0..999, drawn from <c>new Random(seed)</c> in request
/// order then group order. Points are multiplied by <see cref="Scale"/> = 1000 × the number of applicants, which exceeds the
/// largest possible sum of tie-breaks, so the tie-break only ever decides between allocations with equal points.
/// </para>
/// </summary>
public sealed class AllocationScore
{
    public const int TieBreakRange = 1000;

    private readonly long[][] points;
    private readonly int[][] tieBreaks;

    private AllocationScore(CandidatePitchGroups candidates, int seed, long[][] points, int[][] tieBreaks)
    {
        Candidates = candidates;
        Seed = seed;
        this.points = points;
        this.tieBreaks = tieBreaks;
        Scale = (long)TieBreakRange * Math.Max(1, candidates.Groups.Count);
    }

    public CandidatePitchGroups Candidates { get; }

    public int Seed { get; }

    public long Scale { get; }

    public static AllocationScore For(AllocationRequest request, int seed) => For(CandidatePitchGroups.For(request), seed);

    public static AllocationScore For(CandidatePitchGroups candidates, int seed)
    {
        var request = candidates.Request;
        var random = new Random(seed);
        var points = new long[candidates.Groups.Count][];
        var tieBreaks = new int[candidates.Groups.Count][];
        for (var a = 0; a < candidates.Groups.Count; a++)
        {
            var applicant = request.Applicants[a];
            var groups = candidates.Groups[a];
            var flat = FlatPoints(request, applicant);
            points[a] = groups.Select(g => flat + PreferencePoints(request, applicant, g)).ToArray();
            tieBreaks[a] = groups.Select(_ => random.Next(TieBreakRange)).ToArray();
        }
        return new AllocationScore(candidates, seed, points, tieBreaks);
    }

    /// <summary>What giving this group to this applicant is worth, before the tie-break.</summary>
    public long Points(int applicant, int group) => points[applicant][group];

    public int TieBreak(int applicant, int group) => tieBreaks[applicant][group];

    /// <summary>The applicant's contribution to the objective the optimiser maximises.</summary>
    public long Value(int applicant, int group) => Points(applicant, group) * Scale + TieBreak(applicant, group);

    /// <summary>The most the applicant could contribute with any of their candidate groups, or null if they have none.</summary>
    public long? BestValue(int applicant) =>
        points[applicant].Length == 0 ? null : Enumerable.Range(0, points[applicant].Length).Max(g => Value(applicant, g));

    /// <summary>The objective of any assignment of sellers to pitch ids; every assigned group must be one of the seller's candidates.</summary>
    public long Of(IEnumerable<PitchAssignment> assignments) =>
        assignments.Sum(assignment =>
        {
            var (a, g) = Locate(assignment.SellerId, assignment.PitchIds);
            return Value(a, g);
        });

    public (int Applicant, int Group) Locate(string sellerId, IEnumerable<string> pitchIds)
    {
        var request = Candidates.Request;
        var a = request.Applicants.ToList().FindIndex(x => x.SellerId == sellerId);
        if (a < 0) throw new ArgumentException($"Seller {sellerId} did not apply.", nameof(sellerId));
        var g = Candidates.GroupIndexOf(a, pitchIds.Select(request.Layout.IndexOf));
        if (g < 0) throw new ArgumentException($"Pitches {string.Join(", ", pitchIds)} are not a group seller {sellerId} could be given.", nameof(pitchIds));
        return (a, g);
    }

    private static long FlatPoints(AllocationRequest request, AllocationApplicant applicant)
    {
        var local = GreatCircle.DistanceKm(applicant.Location, request.SiteLocation) <= request.Weights.LocalRadiusKm;
        return (local ? request.Weights.Locality : 0) + (long)request.Weights.Rotation * applicant.RecentMisses;
    }

    private static long PreferencePoints(AllocationRequest request, AllocationApplicant applicant, int[] group)
    {
        var pitchCount = request.Layout.Pitches.Count;
        long total = 0;
        foreach (var i in group)
        {
            var rank = IndexOf(applicant.RankedPitchPreferences, request.Layout.Pitches[i].Id);
            if (rank >= 0) total += pitchCount - rank;
        }
        return total * request.Weights.PreferenceRank;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value) return i;
        }
        return -1;
    }
}
