using System.Globalization;
using Google.OrTools.Sat;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// Shares out a market day's pitches optimally with the CP-SAT solver: one yes/no choice per (applicant, candidate group),
/// each applicant at most one group, each pitch at most one applicant, category caps, standing pitches fixed first, and
/// the <see cref="AllocationScore"/> objective maximised. A greedy pass can lock a good pitch to the wrong seller; this cannot.
/// </summary>
public static class PitchAllocator
{
    public static readonly Duration DefaultTimeLimit = Duration.FromSeconds(10);

    public static AllocationResult Allocate(AllocationRequest request, Duration? timeLimit = null)
    {
        var errors = request.Validate();
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors.Select(e => e.Message)), nameof(request));

        var seed = request.Seed ?? Random.Shared.Next();
        var score = AllocationScore.For(request, seed);
        var candidates = score.Candidates;
        var applicants = request.Applicants;

        var model = new CpModel();
        var chosen = new BoolVar[applicants.Count][];
        var onPitch = request.Layout.Pitches.Select(_ => new List<ILiteral>()).ToArray();
        var literals = new List<ILiteral>();
        var values = new List<long>();
        for (var a = 0; a < applicants.Count; a++)
        {
            var groups = candidates.Groups[a];
            chosen[a] = new BoolVar[groups.Length];
            for (var g = 0; g < groups.Length; g++)
            {
                var x = chosen[a][g] = model.NewBoolVar($"a{a}g{g}");
                foreach (var pitch in groups[g]) onPitch[pitch].Add(x);
                literals.Add(x);
                values.Add(score.Value(a, g));
            }
            model.AddAtMostOne(chosen[a]);
        }
        foreach (var users in onPitch) model.AddAtMostOne(users);
        foreach (var cap in request.Caps)
        {
            var sellers = Enumerable.Range(0, applicants.Count).Where(a => cap.Covers(applicants[a])).SelectMany(a => chosen[a]).ToList();
            if (sellers.Count > 0) model.Add(LinearExpr.Sum(sellers) <= cap.Maximum);
        }
        foreach (var (a, g) in candidates.Standing) model.Add(chosen[a][g] == 1);
        model.Maximize(LinearExpr.WeightedSum(literals, values));

        // One worker: parallel portfolios can return different optima of equal value, and the same seed must give the same result.
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{(timeLimit ?? DefaultTimeLimit).TotalSeconds} num_workers:1 random_seed:0"),
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"The pitch allocation could not be solved (solver status {status}).");
        }

        var assignedGroup = Enumerable.Range(0, applicants.Count)
            .Select(a => Array.FindIndex(chosen[a], x => solver.BooleanValue(x)))
            .ToArray();
        var allocated = new List<PitchAssignment>();
        for (var a = 0; a < applicants.Count; a++)
        {
            if (assignedGroup[a] >= 0) allocated.Add(AssignmentOf(score, a, assignedGroup[a]));
        }
        var unallocated = Unallocated(score, assignedGroup, allocated);
        return new AllocationResult(seed, status == CpSolverStatus.Optimal, score.Of(allocated), allocated, unallocated);
    }

    /// <summary>
    /// When an allocated seller withdraws, the first waitlisted applicant who fits a connected group of the freed pitches
    /// without breaking a category cap (counting the withdrawn seller out), given their best such group; null if nobody fits.
    /// </summary>
    public static PitchAssignment? NextFromWaitlist(AllocationRequest request, AllocationResult result, IEnumerable<string> freedPitchIds)
    {
        var score = AllocationScore.For(request, result.Seed);
        var freed = freedPitchIds.ToHashSet();
        var staying = result.Allocated.Where(a => !a.PitchIds.Any(freed.Contains)).ToList();
        freed.ExceptWith(staying.SelectMany(a => a.PitchIds));
        var freedIndices = freed.Select(request.Layout.IndexOf).Where(i => i >= 0).ToHashSet();

        foreach (var waiting in result.Waitlist)
        {
            var a = IndexOfSeller(request, waiting.SellerId);
            var applicant = request.Applicants[a];
            if (request.Caps.Any(c => c.Covers(applicant) && staying.Count(s => c.Covers(request.Applicants[IndexOfSeller(request, s.SellerId)])) >= c.Maximum))
            {
                continue;
            }
            var fitting = Enumerable.Range(0, score.Candidates.Groups[a].Length)
                .Where(g => score.Candidates.Groups[a][g].All(freedIndices.Contains))
                .ToList();
            if (fitting.Count > 0) return AssignmentOf(score, a, fitting.MaxBy(g => score.Value(a, g)));
        }
        return null;
    }

    private static PitchAssignment AssignmentOf(AllocationScore score, int applicant, int group)
    {
        var request = score.Candidates.Request;
        return new PitchAssignment(
            request.Applicants[applicant].SellerId,
            score.Candidates.Groups[applicant][group].Select(i => request.Layout.Pitches[i].Id).ToList(),
            score.Points(applicant, group));
    }

    private static List<UnallocatedApplicant> Unallocated(AllocationScore score, int[] assignedGroup, List<PitchAssignment> allocated)
    {
        var request = score.Candidates.Request;
        var applicants = request.Applicants;
        var allocatedApplicants = allocated.Select(p => applicants[IndexOfSeller(request, p.SellerId)]).ToList();
        var fullCaps = request.Caps.Where(c => allocatedApplicants.Count(c.Covers) >= c.Maximum).ToList();

        var waiting = Enumerable.Range(0, applicants.Count)
            .Where(a => assignedGroup[a] < 0 && !score.Candidates.ComplianceLapsed[a])
            .OrderByDescending(a => score.BestValue(a) ?? -1)
            .ThenBy(a => a)
            .ToList();

        return Enumerable.Range(0, applicants.Count)
            .Where(a => assignedGroup[a] < 0)
            .Select(a =>
            {
                var reason =
                    score.Candidates.ComplianceLapsed[a] ? UnallocatedReason.ComplianceLapsed
                    : score.Candidates.Groups[a].Length == 0 ? UnallocatedReason.NoCompatiblePitch
                    : fullCaps.Any(c => c.Covers(applicants[a])) ? UnallocatedReason.CategoryFull
                    : UnallocatedReason.Outranked;
                var place = waiting.IndexOf(a);
                return new UnallocatedApplicant(applicants[a].SellerId, reason, place < 0 ? null : place + 1);
            })
            .OrderBy(u => u.WaitlistPlace ?? int.MaxValue)
            .ToList();
    }

    private static int IndexOfSeller(AllocationRequest request, string sellerId)
    {
        for (var i = 0; i < request.Applicants.Count; i++)
        {
            if (request.Applicants[i].SellerId == sellerId) return i;
        }
        throw new ArgumentException($"Seller {sellerId} did not apply.", nameof(sellerId));
    }
}
