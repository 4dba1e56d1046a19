using EstateCommons.Domain.Markets;
using Google.OrTools.Sat;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>
/// Independent checks of an allocation against the rules, and two optima priced with the same <see cref="AllocationScore"/>
/// the allocator maximises: a brute force that tries every feasible assignment, and the plain one-choice-per-group model
/// the allocator's pooled model condenses.
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

    /// <summary>Who got which pitches and who did not, why and in what waitlist place: equal exactly when two results agree.</summary>
    public static string Describe(AllocationResult result) =>
        string.Join("; ", result.Allocated.Select(a => $"{a.SellerId}={string.Join(",", a.PitchIds)}"))
        + " | " + string.Join("; ", result.Unallocated.Select(u => $"{u.SellerId}:{u.Reason}:{u.WaitlistPlace}"));

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
        var capsCovering = applicants.Select(a => Enumerable.Range(0, request.Caps.Count).Where(c => request.Caps[c].Covers(a)).ToArray()).ToArray();
        var best = long.MinValue;
        var used = new bool[request.Layout.Pitches.Count];
        var sellers = new int[request.Caps.Count];

        // Caps are checked as sellers are placed rather than at the leaves, which only skips assignments that break one.
        void Visit(int a, long total)
        {
            if (a == applicants.Count)
            {
                best = Math.Max(best, total);
                return;
            }
            if (!candidates.Standing.ContainsKey(a)) Visit(a + 1, total);
            if (capsCovering[a].Any(c => sellers[c] >= request.Caps[c].Maximum)) return;
            foreach (var c in capsCovering[a]) sellers[c]++;
            for (var g = 0; g < candidates.Groups[a].Length; g++)
            {
                if (candidates.Standing.TryGetValue(a, out var fixedGroup) && fixedGroup != g) continue;
                var group = candidates.Groups[a][g];
                if (group.Any(i => used[i])) continue;
                foreach (var i in group) used[i] = true;
                Visit(a + 1, total + score.Value(a, g));
                foreach (var i in group) used[i] = false;
            }
            foreach (var c in capsCovering[a]) sellers[c]--;
        }

        Visit(0, 0);
        return best;
    }

    /// <summary>
    /// The optimum of the plain formulation, one yes/no per (applicant, candidate group), solved by CP-SAT. Far too big for a
    /// real market day, but small markets of a few dozen pitches are quick, and it shares nothing with the pooled model.
    /// </summary>
    public static long PlainModelOptimum(AllocationRequest request, int seed)
    {
        var score = AllocationScore.For(request, seed);
        var candidates = score.Candidates;
        var applicants = request.Applicants;
        var model = new CpModel();
        var onPitch = request.Layout.Pitches.Select(_ => new List<ILiteral>()).ToArray();
        var chosen = new BoolVar[applicants.Count][];
        var values = new List<long>();
        for (var a = 0; a < applicants.Count; a++)
        {
            chosen[a] = candidates.Groups[a].Select(_ => model.NewBoolVar("")).ToArray();
            for (var g = 0; g < chosen[a].Length; g++)
            {
                foreach (var pitch in candidates.Groups[a][g]) onPitch[pitch].Add(chosen[a][g]);
                values.Add(score.Value(a, g));
            }
            model.AddAtMostOne(chosen[a]);
        }
        foreach (var users in onPitch) model.AddAtMostOne(users);
        foreach (var cap in request.Caps)
        {
            model.Add(LinearExpr.Sum(Enumerable.Range(0, applicants.Count).Where(a => cap.Covers(applicants[a])).SelectMany(a => chosen[a])) <= cap.Maximum);
        }
        foreach (var (a, g) in candidates.Standing) model.Add(chosen[a][g] == 1);
        model.Maximize(LinearExpr.WeightedSum(chosen.SelectMany(c => c), values));

        var solver = new CpSolver { StringParameters = "max_time_in_seconds:60 num_workers:2 linearization_level:2" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model));
        // The objective comes back as a double, which can land a hair below the integer it stands for.
        return (long)Math.Round(solver.ObjectiveValue);
    }
}
