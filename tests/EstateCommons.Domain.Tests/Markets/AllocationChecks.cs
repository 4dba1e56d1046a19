using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>
/// Independent checks of an allocation against the rules, and a brute-force optimum that tries every feasible
/// assignment and prices it with the same <see cref="AllocationScore"/> the allocator maximises.
/// </summary>
internal static class AllocationChecks
{
    public static void AssertRespectsEveryHardConstraint(AllocationRequest request, AllocationResult result)
    {
        var layout = request.Layout;
        var pitch = layout.Pitches.ToDictionary(p => p.Id);
        var applicant = request.Applicants.ToDictionary(a => a.SellerId);

        Assert.Equal(
            request.Applicants.Select(a => a.SellerId).Order(),
            result.Allocated.Select(a => a.SellerId).Concat(result.Unallocated.Select(u => u.SellerId)).Order());

        var allPitches = result.Allocated.SelectMany(a => a.PitchIds).ToList();
        Assert.Equal(allPitches.Count, allPitches.Distinct().Count());

        foreach (var given in result.Allocated)
        {
            var seller = applicant[given.SellerId];
            var pitches = given.PitchIds.Select(id => pitch[id]).ToList();
            Assert.Equal(seller.AdjacentPitchesWanted, pitches.Count);
            Assert.True(IsConnected(pitches), $"{seller.SellerId}'s pitches {string.Join(",", given.PitchIds)} are not side by side");
            Assert.True(seller.IsCompliantOn(request.MarketDay), $"{seller.SellerId} was allocated with lapsed insurance");
            if (seller.NeedsPower) Assert.All(pitches, p => Assert.True(p.HasPower, $"{seller.SellerId} needs power but got {p.Id}"));
            if (seller.NeedsWater) Assert.All(pitches, p => Assert.True(p.HasWater, $"{seller.SellerId} needs water but got {p.Id}"));
            if (seller.CooksHotFood) Assert.All(pitches, p => Assert.True(p.HotFoodAllowed, $"{seller.SellerId} cooks but got {p.Id}"));
            if (seller.MinimumFrontageMetres is { } frontage) Assert.True(pitches.Sum(p => p.WidthMetres) >= frontage);
        }

        foreach (var cap in request.Caps)
        {
            Assert.True(result.Allocated.Count(a => cap.Covers(applicant[a.SellerId])) <= cap.Maximum, $"more than {cap.Maximum} {cap.Category} sellers");
        }

        foreach (var missing in result.Unallocated)
        {
            Assert.True(Enum.IsDefined(missing.Reason));
            Assert.Equal(missing.Reason == UnallocatedReason.ComplianceLapsed, !applicant[missing.SellerId].IsCompliantOn(request.MarketDay));
        }
        Assert.Equal(
            Enumerable.Range(1, result.Unallocated.Count(u => u.Reason != UnallocatedReason.ComplianceLapsed)),
            result.Waitlist.Select(u => u.WaitlistPlace!.Value));
    }

    public static bool IsConnected(IReadOnlyList<Pitch> pitches)
    {
        var ids = pitches.Select(p => p.Id).ToHashSet();
        var reached = new HashSet<string> { pitches[0].Id };
        var frontier = new Queue<Pitch>([pitches[0]]);
        while (frontier.TryDequeue(out var p))
        {
            foreach (var n in p.AdjacentPitchIds.Where(ids.Contains).Where(reached.Add)) frontier.Enqueue(pitches.First(q => q.Id == n));
        }
        return reached.Count == ids.Count;
    }

    /// <summary>The best objective over every assignment that gives each applicant at most one candidate group, uses no pitch twice, keeps to the caps and holds standing traders to their pitches.</summary>
    public static long BruteForceOptimum(AllocationRequest request, int seed)
    {
        var score = AllocationScore.For(request, seed);
        var candidates = score.Candidates;
        var applicants = request.Applicants;
        var best = long.MinValue;
        var used = new bool[request.Layout.Pitches.Count];
        var choice = new int[applicants.Count];

        void Visit(int a)
        {
            if (a == applicants.Count)
            {
                if (request.Caps.Any(c => Enumerable.Range(0, applicants.Count).Count(i => choice[i] >= 0 && c.Covers(applicants[i])) > c.Maximum)) return;
                var total = Enumerable.Range(0, applicants.Count).Where(i => choice[i] >= 0).Sum(i => score.Value(i, choice[i]));
                best = Math.Max(best, total);
                return;
            }
            if (!candidates.Standing.ContainsKey(a))
            {
                choice[a] = -1;
                Visit(a + 1);
            }
            for (var g = 0; g < candidates.Groups[a].Length; g++)
            {
                if (candidates.Standing.TryGetValue(a, out var fixedGroup) && fixedGroup != g) continue;
                var group = candidates.Groups[a][g];
                if (group.Any(i => used[i])) continue;
                foreach (var i in group) used[i] = true;
                choice[a] = g;
                Visit(a + 1);
                foreach (var i in group) used[i] = false;
            }
        }

        Visit(0);
        return best;
    }
}
