using System.Globalization;
using Google.OrTools.Sat;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// Shares out a market day's pitches optimally with the CP-SAT solver: each applicant at most one candidate group, each
/// pitch at most one applicant, category caps, standing pitches fixed first, and the <see cref="AllocationScore"/>
/// objective maximised over the exact, pooled <see cref="AllocationModel"/>. A greedy pass can lock a good pitch to the
/// wrong seller; this cannot.
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
        var model = AllocationModel.For(score);

        // One worker: parallel portfolios can return different optima of equal value, and the same seed must give the same result.
        // Linearisation level 2 puts the at-most-one constraints into the LP relaxation, whose bound is what proves optimality
        // here; probing and repeated presolve cost more on these models than they save.
        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{(timeLimit ?? DefaultTimeLimit).TotalSeconds} num_workers:1 random_seed:0 linearization_level:2 cp_model_probing_level:0 max_presolve_iterations:1"),
        };
        var status = solver.Solve(model.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"The pitch allocation could not be solved (solver status {status}).");
        }

        var assignedGroup = AllocationDecoding.AssignedGroups(model, solver);
        var allocated = new List<PitchAssignment>();
        long objective = 0;
        for (var a = 0; a < assignedGroup.Length; a++)
        {
            if (assignedGroup[a] < 0) continue;
            allocated.Add(AssignmentOf(score, a, assignedGroup[a]));
            objective += score.Value(a, assignedGroup[a]);
        }
        return new AllocationResult(seed, status == CpSolverStatus.Optimal, objective, allocated, Unallocated(score, assignedGroup));
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
        var stayingApplicants = staying.Select(s => request.Applicants[ApplicantIndex(score, s.SellerId)]).ToList();
        var fullCaps = request.Caps.Where(c => stayingApplicants.Count(c.Covers) >= c.Maximum).ToList();

        foreach (var waiting in result.Waitlist)
        {
            var a = ApplicantIndex(score, waiting.SellerId);
            if (fullCaps.Any(c => c.Covers(request.Applicants[a]))) continue;
            var groups = score.Candidates.Groups[a];
            var fitting = Enumerable.Range(0, groups.Length).Where(g => groups[g].All(freedIndices.Contains)).ToList();
            if (fitting.Count > 0) return AssignmentOf(score, a, fitting.MaxBy(g => (score.Points(a, g), -g)));
        }
        return null;
    }

    private static int ApplicantIndex(AllocationScore score, string sellerId) =>
        score.IndexOf(sellerId) is >= 0 and var a ? a : throw new ArgumentException($"Seller {sellerId} did not apply.", nameof(sellerId));

    private static PitchAssignment AssignmentOf(AllocationScore score, int applicant, int group)
    {
        var request = score.Candidates.Request;
        return new PitchAssignment(
            request.Applicants[applicant].SellerId,
            score.Candidates.Groups[applicant][group].Select(i => request.Layout.Pitches[i].Id).ToList(),
            score.Points(applicant, group));
    }

    private static List<UnallocatedApplicant> Unallocated(AllocationScore score, int[] assignedGroup)
    {
        var candidates = score.Candidates;
        var applicants = candidates.Request.Applicants;
        var allocatedApplicants = Enumerable.Range(0, applicants.Count).Where(a => assignedGroup[a] >= 0).Select(a => applicants[a]).ToList();
        var fullCaps = candidates.Request.Caps.Where(c => allocatedApplicants.Count(c.Covers) >= c.Maximum).ToList();

        var waitlistPlace = new int?[applicants.Count];
        var place = 0;
        foreach (var a in Enumerable.Range(0, applicants.Count)
            .Where(a => assignedGroup[a] < 0 && !candidates.ComplianceLapsed[a])
            .OrderByDescending(a => score.BestValue(a) ?? -1)
            .ThenBy(a => a))
        {
            waitlistPlace[a] = ++place;
        }

        return Enumerable.Range(0, applicants.Count)
            .Where(a => assignedGroup[a] < 0)
            .Select(a =>
            {
                var reason =
                    candidates.ComplianceLapsed[a] ? UnallocatedReason.ComplianceLapsed
                    : candidates.Groups[a].Length == 0 ? UnallocatedReason.NoCompatiblePitch
                    : fullCaps.Any(c => c.Covers(applicants[a])) ? UnallocatedReason.CategoryFull
                    : UnallocatedReason.Outranked;
                return new UnallocatedApplicant(applicants[a].SellerId, reason, waitlistPlace[a]);
            })
            .OrderBy(u => u.WaitlistPlace ?? int.MaxValue)
            .ToList();
    }
}
