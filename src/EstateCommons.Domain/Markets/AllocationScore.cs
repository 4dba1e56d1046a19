namespace EstateCommons.Domain.Markets;

/// <summary>
/// The one place the allocation objective is defined, so the optimiser and anyone checking it agree.
/// <para>
/// An applicant given a group earns <see cref="Points"/>: for each pitch of the group, (N − rank) with N the number of
/// pitches and rank the 0-based position in their preferences (nothing if unranked), times the preference weight;
/// plus the locality weight if they are within the local radius of the site; plus the rotation weight per recent miss.
/// </para>
/// <para>
/// Ties between sellers are broken by a seeded lottery: applicant i (in request order) holds <see cref="TieBreak"/> number
/// L[i], where L is 0..n−1 (n applicants) shuffled by Fisher–Yates with <c>new Random(seed)</c>, so no two sellers hold the
/// same number. Points are multiplied by <see cref="Scale"/>, one more than all the lottery numbers together, so the
/// tie-break only ever decides between allocations with equal points. Which of one seller's equally good groups they get
/// is left out of the score, so that every group holding none of their ranked pitches is worth the same to them (which is
/// what lets the allocation model pool those groups); once the optimum is found, the allocator moves each seller, in request
/// order, to the lowest-numbered equally good group that is still free.
/// </para>
/// </summary>
public sealed class AllocationScore
{
    private readonly long[] unrankedPoints;
    private readonly int[] lottery;
    private readonly Dictionary<int, int>[] rankOfPitch;
    private readonly Dictionary<string, int> applicantIndex;

    private AllocationScore(CandidatePitchGroups candidates, int seed, long[] unrankedPoints, int[] lottery, Dictionary<int, int>[] rankOfPitch)
    {
        Candidates = candidates;
        Seed = seed;
        this.unrankedPoints = unrankedPoints;
        this.lottery = lottery;
        this.rankOfPitch = rankOfPitch;
        var n = (long)lottery.Length;
        Scale = 1 + n * (n - 1) / 2;
        applicantIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var applicants = candidates.Request.Applicants;
        for (var a = 0; a < applicants.Count; a++) applicantIndex.TryAdd(applicants[a].SellerId, a);
    }

    public CandidatePitchGroups Candidates { get; }

    public int Seed { get; }

    public long Scale { get; }

    public static AllocationScore For(AllocationRequest request, int seed) => For(CandidatePitchGroups.For(request), seed);

    public static AllocationScore For(CandidatePitchGroups candidates, int seed)
    {
        var request = candidates.Request;
        var pitchIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < request.Layout.Pitches.Count; i++) pitchIndex.TryAdd(request.Layout.Pitches[i].Id, i);
        var applicants = request.Applicants;
        var unranked = applicants.Select(a => UnrankedPoints(request, a)).ToArray();
        var ranks = applicants.Select(a => RankOfPitch(pitchIndex, a)).ToArray();
        return new AllocationScore(candidates, seed, unranked, Lottery(applicants.Count, seed), ranks);
    }

    /// <summary>What giving this group to this applicant is worth, before the tie-break.</summary>
    public long Points(int applicant, int group)
    {
        var pitchCount = Candidates.Request.Layout.Pitches.Count;
        var ranks = rankOfPitch[applicant];
        long preference = 0;
        foreach (var pitch in Candidates.Groups[applicant][group])
        {
            if (ranks.TryGetValue(pitch, out var rank)) preference += pitchCount - rank;
        }
        return unrankedPoints[applicant] + preference * Candidates.Request.Weights.PreferenceRank;
    }

    /// <summary>What any group holding none of the applicant's ranked pitches is worth to them, before the tie-break.</summary>
    public long UnrankedPoints(int applicant) => unrankedPoints[applicant];

    /// <summary>The applicant's lottery number: among sellers with equal points, higher numbers win.</summary>
    public int TieBreak(int applicant) => lottery[applicant];

    /// <summary>The applicant's contribution to the objective the optimiser maximises.</summary>
    public long Value(int applicant, int group) => Points(applicant, group) * Scale + TieBreak(applicant);

    /// <summary>What any group holding none of the applicant's ranked pitches contributes to the objective.</summary>
    public long UnrankedValue(int applicant) => UnrankedPoints(applicant) * Scale + TieBreak(applicant);

    /// <summary>
    /// Whether the group is worth more to the applicant than an unranked one; only such groups need their own place in
    /// the allocation model, because all the others are interchangeable.
    /// </summary>
    public bool BeatsUnranked(int applicant, int group) => Points(applicant, group) > UnrankedPoints(applicant);

    /// <summary>The groups that hold at least one of the applicant's ranked pitches, ascending.</summary>
    public IEnumerable<int> GroupsWithRankedPitches(int applicant) =>
        Candidates.ProfileOf(applicant) is { } profile
            ? rankOfPitch[applicant].Keys.SelectMany(profile.GroupsContaining).Distinct().Order()
            : [];

    /// <summary>The most the applicant could contribute with any of their candidate groups, or null if they have none.</summary>
    public long? BestValue(int applicant)
    {
        if (Candidates.Groups[applicant].Length == 0) return null;
        var best = GroupsWithRankedPitches(applicant).Select(g => Points(applicant, g)).Append(UnrankedPoints(applicant)).Max();
        return best * Scale + TieBreak(applicant);
    }

    /// <summary>The objective of any assignment of sellers to pitch ids; every assigned group must be one of the seller's candidates.</summary>
    public long Of(IEnumerable<PitchAssignment> assignments) =>
        assignments.Sum(assignment =>
        {
            var (a, g) = Locate(assignment.SellerId, assignment.PitchIds);
            return Value(a, g);
        });

    public (int Applicant, int Group) Locate(string sellerId, IEnumerable<string> pitchIds)
    {
        var a = IndexOf(sellerId);
        if (a < 0) throw new ArgumentException($"Seller {sellerId} did not apply.", nameof(sellerId));
        var g = Candidates.GroupIndexOf(a, pitchIds.Select(Candidates.Request.Layout.IndexOf));
        if (g < 0) throw new ArgumentException($"Pitches {string.Join(", ", pitchIds)} are not a group seller {sellerId} could be given.", nameof(pitchIds));
        return (a, g);
    }

    /// <summary>The seller's position in the request, or −1 if they did not apply.</summary>
    public int IndexOf(string sellerId) => applicantIndex.GetValueOrDefault(sellerId, -1);

    /// <summary>
    /// A seeded shuffle of 0..n−1 (Fisher–Yates from the top) handed out in request order. Distinct numbers mean no two
    /// sellers ever tie on the lottery, and spelling the shuffle out keeps it checkable whatever the runtime's own does.
    /// </summary>
    private static int[] Lottery(int applicantCount, int seed)
    {
        var random = new Random(seed);
        var numbers = Enumerable.Range(0, applicantCount).ToArray();
        for (var i = numbers.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (numbers[i], numbers[j]) = (numbers[j], numbers[i]);
        }
        return numbers;
    }

    private static long UnrankedPoints(AllocationRequest request, AllocationApplicant applicant)
    {
        var local = GreatCircle.DistanceKm(applicant.Location, request.SiteLocation) <= request.Weights.LocalRadiusKm;
        return (local ? request.Weights.Locality : 0) + (long)request.Weights.Rotation * applicant.RecentMisses;
    }

    private static Dictionary<int, int> RankOfPitch(Dictionary<string, int> pitchIndex, AllocationApplicant applicant)
    {
        var ranks = new Dictionary<int, int>();
        for (var rank = 0; rank < applicant.RankedPitchPreferences.Count; rank++)
        {
            if (pitchIndex.TryGetValue(applicant.RankedPitchPreferences[rank], out var pitch)) ranks.TryAdd(pitch, rank);
        }
        return ranks;
    }
}
