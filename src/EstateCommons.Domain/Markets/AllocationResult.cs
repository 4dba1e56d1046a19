namespace EstateCommons.Domain.Markets;

/// <summary>
/// The outcome of sharing out a market day: the seed that broke ties (so it can be re-run), whether the solver proved the
/// allocation optimal, the objective it reached (see <see cref="AllocationScore"/>), who got which pitches, and who did not and why.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AllocationResult(
    int Seed,
    bool ProvedOptimal,
    long Objective,
    IReadOnlyList<PitchAssignment> Allocated,
    IReadOnlyList<UnallocatedApplicant> Unallocated)
{
    public IEnumerable<UnallocatedApplicant> Waitlist => Unallocated.Where(u => u.WaitlistPlace is not null).OrderBy(u => u.WaitlistPlace);
}
