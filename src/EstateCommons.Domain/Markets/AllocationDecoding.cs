using Google.OrTools.Sat;

namespace EstateCommons.Domain.Markets;

/// <summary>Turns a solved <see cref="AllocationModel"/> into the group each applicant is given.</summary>
internal static class AllocationDecoding
{
    /// <summary>
    /// The group index each applicant (in request order) is given, or −1. Standing traders get their standing group and
    /// ranked choices are taken as solved. Pooled sellers of a profile, in request order, each take the pool group worth most
    /// to them, so a seller gets one of their ranked pitches whenever the pool happens to hold one. Finally each seller, in
    /// request order, moves to the lowest-numbered group worth the same to them whose pitches are free. None of this can
    /// lower the objective the solver reached, and all of it depends only on the solver's answer, so the same seed gives
    /// the same allocation.
    /// </summary>
    public static int[] AssignedGroups(AllocationModel model, CpSolver solver)
    {
        var score = model.Score;
        var candidates = score.Candidates;
        var assigned = Enumerable.Repeat(-1, candidates.Request.Applicants.Count).ToArray();
        foreach (var (a, g) in candidates.Standing) assigned[a] = g;
        foreach (var choice in model.RankedChoices.Where(c => solver.BooleanValue(c.Chosen))) assigned[choice.Applicant] = choice.Group;

        var poolByProfile = model.PoolGroups
            .Where(p => solver.BooleanValue(p.Used))
            .GroupBy(p => p.Profile)
            .ToDictionary(p => p.Key, p => p.Select(x => x.Group).Order().ToList());
        foreach (var place in model.PoolPlaces.Where(p => solver.BooleanValue(p.Chosen)).OrderBy(p => p.Applicant))
        {
            var a = place.Applicant;
            var pool = poolByProfile[candidates.ProfileOf(a)!];
            var best = pool.MaxBy(g => (score.Points(a, g), -g));
            pool.Remove(best);
            assigned[a] = best;
        }

        MoveToLowestEqualGroups(score, assigned);
        return assigned;
    }

    private static void MoveToLowestEqualGroups(AllocationScore score, int[] assigned)
    {
        var candidates = score.Candidates;
        var holder = Enumerable.Repeat(-1, candidates.Request.Layout.Pitches.Count).ToArray();
        for (var a = 0; a < assigned.Length; a++)
        {
            if (assigned[a] >= 0) foreach (var pitch in candidates.Groups[a][assigned[a]]) holder[pitch] = a;
        }
        for (var a = 0; a < assigned.Length; a++)
        {
            if (assigned[a] < 0 || candidates.Standing.ContainsKey(a)) continue;
            var groups = candidates.Groups[a];
            var points = score.Points(a, assigned[a]);
            for (var g = 0; g < assigned[a]; g++)
            {
                if (!groups[g].All(pitch => holder[pitch] < 0 || holder[pitch] == a) || score.Points(a, g) != points) continue;
                foreach (var pitch in groups[assigned[a]]) holder[pitch] = -1;
                foreach (var pitch in groups[g]) holder[pitch] = a;
                assigned[a] = g;
                break;
            }
        }
    }
}
