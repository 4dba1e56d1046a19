namespace EstateCommons.Domain.Markets;

/// <summary>
/// For each applicant (in request order), the groups of pitches they could be given: exactly as many adjacent pitches
/// as they asked for, each offering the services they need, wide enough together for their frontage. Applicants whose
/// insurance has lapsed get no groups at all. Also records which regular traders are held to their standing pitches.
/// </summary>
public sealed class CandidatePitchGroups
{
    private CandidatePitchGroups(AllocationRequest request, bool[] lapsed, int[][][] groups, IReadOnlyDictionary<int, int> standing)
    {
        Request = request;
        ComplianceLapsed = lapsed;
        Groups = groups;
        Standing = standing;
    }

    public AllocationRequest Request { get; }

    public IReadOnlyList<bool> ComplianceLapsed { get; }

    /// <summary>Groups[applicant][group] holds ascending pitch indices into the layout.</summary>
    public IReadOnlyList<int[][]> Groups { get; }

    /// <summary>Applicant index to the group index they are fixed to, because it is their standing pitch group.</summary>
    public IReadOnlyDictionary<int, int> Standing { get; }

    public static CandidatePitchGroups For(AllocationRequest request)
    {
        var layout = request.Layout;
        var bySize = new Dictionary<int, IReadOnlyList<int[]>>();
        var applicants = request.Applicants;
        var lapsed = applicants.Select(a => !a.IsCompliantOn(request.MarketDay)).ToArray();
        var groups = new int[applicants.Count][][];
        for (var a = 0; a < applicants.Count; a++)
        {
            var applicant = applicants[a];
            if (lapsed[a])
            {
                groups[a] = [];
                continue;
            }
            if (!bySize.TryGetValue(applicant.AdjacentPitchesWanted, out var connected))
            {
                connected = bySize[applicant.AdjacentPitchesWanted] = layout.ConnectedGroups(applicant.AdjacentPitchesWanted);
            }
            groups[a] = connected.Where(g => Suits(layout, applicant, g)).ToArray();
        }
        return new CandidatePitchGroups(request, lapsed, groups, StandingFixes(request, groups));
    }

    public static bool Suits(PitchLayout layout, AllocationApplicant applicant, IReadOnlyCollection<int> group) =>
        group.All(i => layout.Pitches[i].Suits(applicant))
        && (applicant.MinimumFrontageMetres is not { } frontage || group.Sum(i => layout.Pitches[i].WidthMetres) >= frontage);

    public int GroupIndexOf(int applicant, IEnumerable<int> pitchIndices)
    {
        var wanted = pitchIndices.Order().ToArray();
        var groups = Groups[applicant];
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g].SequenceEqual(wanted)) return g;
        }
        return -1;
    }

    /// <summary>
    /// Standing pitches are honoured first, in request order: a trader is fixed to theirs when it is still one of their
    /// candidate groups, no earlier standing trader holds any of it, and fixing them keeps every category within its cap.
    /// </summary>
    private static Dictionary<int, int> StandingFixes(AllocationRequest request, int[][][] groups)
    {
        var fixes = new Dictionary<int, int>();
        var held = new HashSet<int>();
        var perCategory = request.Caps.ToDictionary(c => c, _ => 0);
        for (var a = 0; a < request.Applicants.Count; a++)
        {
            var applicant = request.Applicants[a];
            if (applicant.StandingPitchIds.Count == 0 || groups[a].Length == 0) continue;
            var wanted = applicant.StandingPitchIds.Select(request.Layout.IndexOf).Order().ToArray();
            var g = Array.FindIndex(groups[a], group => group.SequenceEqual(wanted));
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
