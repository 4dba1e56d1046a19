namespace EstateCommons.Domain.Markets;

/// <summary>
/// For each applicant (in request order), the groups of pitches they could be given: exactly as many adjacent pitches
/// as they asked for, each offering the services they need, wide enough together for their frontage. Applicants whose
/// insurance has lapsed get no groups at all. Applicants who need the same things share a <see cref="NeedProfile"/> and
/// so the very same group list. Also records which regular traders are held to their standing pitches.
/// </summary>
public sealed class CandidatePitchGroups
{
    private readonly NeedProfile?[] profileOf;

    private CandidatePitchGroups(AllocationRequest request, bool[] lapsed, NeedProfile?[] profileOf, IReadOnlyList<NeedProfile> profiles, IReadOnlyDictionary<int, int> standing)
    {
        Request = request;
        ComplianceLapsed = lapsed;
        this.profileOf = profileOf;
        Profiles = profiles;
        Groups = profileOf.Select(p => p?.Groups ?? []).ToArray();
        Standing = standing;
    }

    public AllocationRequest Request { get; }

    public IReadOnlyList<bool> ComplianceLapsed { get; }

    /// <summary>Groups[applicant][group] holds ascending pitch indices into the layout.</summary>
    public IReadOnlyList<int[][]> Groups { get; }

    /// <summary>The distinct need profiles of the applicants whose compliance is in order.</summary>
    public IReadOnlyList<NeedProfile> Profiles { get; }

    /// <summary>Applicant index to the group index they are fixed to, because it is their standing pitch group.</summary>
    public IReadOnlyDictionary<int, int> Standing { get; }

    /// <summary>The applicant's need profile, or null when their compliance has lapsed.</summary>
    public NeedProfile? ProfileOf(int applicant) => profileOf[applicant];

    public static CandidatePitchGroups For(AllocationRequest request)
    {
        var layout = request.Layout;
        var applicants = request.Applicants;
        var lapsed = applicants.Select(a => !a.IsCompliantOn(request.MarketDay)).ToArray();
        var connectedBySize = new Dictionary<int, IReadOnlyList<int[]>>();
        var profiles = new Dictionary<NeedProfile.Key, NeedProfile>();
        var profileOf = new NeedProfile?[applicants.Count];
        for (var a = 0; a < applicants.Count; a++)
        {
            if (lapsed[a]) continue;
            var applicant = applicants[a];
            var key = NeedProfile.Key.Of(applicant);
            if (!profiles.TryGetValue(key, out var profile))
            {
                var size = applicant.AdjacentPitchesWanted;
                if (!connectedBySize.TryGetValue(size, out var connected)) connected = connectedBySize[size] = layout.ConnectedGroups(size);
                profile = profiles[key] = NeedProfile.For(profiles.Count, layout, connected, applicant);
            }
            profileOf[a] = profile;
        }
        var standing = StandingFixes(request, profileOf);
        return new CandidatePitchGroups(request, lapsed, profileOf, profiles.Values.OrderBy(p => p.Index).ToList(), standing);
    }

    public static bool Suits(PitchLayout layout, AllocationApplicant applicant, IReadOnlyCollection<int> group) =>
        group.All(i => layout.Pitches[i].Suits(applicant))
        && (applicant.MinimumFrontageMetres is not { } frontage || group.Sum(i => layout.Pitches[i].WidthMetres) >= frontage);

    public int GroupIndexOf(int applicant, IEnumerable<int> pitchIndices) =>
        profileOf[applicant]?.IndexOf(pitchIndices.Order().ToArray()) ?? -1;

    /// <summary>
    /// Standing pitches are honoured first, in request order: a trader is fixed to theirs when it is still one of their
    /// candidate groups, no earlier standing trader holds any of it, and fixing them keeps every category within its cap.
    /// </summary>
    private static Dictionary<int, int> StandingFixes(AllocationRequest request, NeedProfile?[] profileOf)
    {
        var fixes = new Dictionary<int, int>();
        var held = new HashSet<int>();
        var perCategory = request.Caps.ToDictionary(c => c, _ => 0);
        for (var a = 0; a < request.Applicants.Count; a++)
        {
            var applicant = request.Applicants[a];
            if (applicant.StandingPitchIds.Count == 0 || profileOf[a] is not { } profile) continue;
            var wanted = applicant.StandingPitchIds.Select(request.Layout.IndexOf).Order().ToArray();
            var g = profile.IndexOf(wanted);
            if (g < 0 || wanted.Any(held.Contains)) continue;
            var caps = request.Caps.Where(c => c.Covers(applicant)).ToList();
            if (caps.Any(c => perCategory[c] >= c.Maximum)) continue;
            foreach (var cap in caps) perCategory[cap]++;
            held.UnionWith(wanted);
            fixes[a] = g;
        }
        return fixes;
    }
}
