namespace EstateCommons.Domain.Markets;

/// <summary>
/// What decides which pitch groups can go to an applicant: the services they need, the frontage they want and how many
/// adjacent pitches. Applicants with equal profiles have the same candidate groups, so the groups are found once per profile
/// and the allocation model can pool applicants who would be equally happy with any of them.
/// </summary>
public sealed class NeedProfile
{
    private readonly int[][] groupsContaining;

    private NeedProfile(int index, int[][] groups, int pitchCount)
    {
        Index = index;
        Groups = groups;
        var containing = Enumerable.Range(0, pitchCount).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var pitch in groups[g]) containing[pitch].Add(g);
        }
        groupsContaining = containing.Select(list => list.ToArray()).ToArray();
    }

    /// <summary>Position of this profile among the request's profiles, in order of first appearance.</summary>
    public int Index { get; }

    /// <summary>The candidate groups as ascending pitch indices, in the layout's lexicographic group order.</summary>
    public int[][] Groups { get; }

    /// <summary>Indices into <see cref="Groups"/> of the groups that include the pitch, ascending.</summary>
    public IReadOnlyList<int> GroupsContaining(int pitch) => groupsContaining[pitch];

    /// <summary>The index in <see cref="Groups"/> of exactly these pitches, or −1 if they are not one of the groups.</summary>
    public int IndexOf(IReadOnlyList<int> ascendingPitches)
    {
        if (ascendingPitches.Count == 0 || ascendingPitches[0] < 0 || ascendingPitches[0] >= groupsContaining.Length) return -1;
        foreach (var g in groupsContaining[ascendingPitches[0]])
        {
            if (Groups[g].SequenceEqual(ascendingPitches)) return g;
        }
        return -1;
    }

    internal static NeedProfile For(int index, PitchLayout layout, IReadOnlyList<int[]> connected, AllocationApplicant applicant) =>
        new(index, connected.Where(g => CandidatePitchGroups.Suits(layout, applicant, g)).ToArray(), layout.Pitches.Count);

    /// <summary>The parts of an application that <see cref="CandidatePitchGroups.Suits"/> looks at, and nothing else.</summary>
    internal readonly record struct Key(bool NeedsPower, bool NeedsWater, bool CooksHotFood, decimal? MinimumFrontageMetres, int AdjacentPitchesWanted)
    {
        public static Key Of(AllocationApplicant applicant) => new(
            applicant.NeedsPower, applicant.NeedsWater, applicant.CooksHotFood, applicant.MinimumFrontageMetres, applicant.AdjacentPitchesWanted);
    }
}
