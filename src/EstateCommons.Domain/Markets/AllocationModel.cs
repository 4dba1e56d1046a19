using Google.OrTools.Sat;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// The CP-SAT model of one market day, sized by what applicants ranked rather than by applicants × candidate groups.
/// <para>
/// A group holding none of an applicant's ranked pitches is worth the same to them as any other such group, so those
/// choices are pooled: each applicant has a yes/no choice for every group that holds one of their ranked pitches, plus one
/// "a group from my profile's pool" choice; each <see cref="NeedProfile"/> has a yes/no choice per candidate group saying the
/// pool uses it, and the pool uses exactly as many groups as it has members. Each applicant makes at most one choice, each
/// pitch is used at most once, categories keep to their caps, and the objective prices a pool place at the unranked value.
/// </para>
/// <para>
/// This is exact. Any allocation maps to a model solution of the same value (a group beating the unranked value has its own
/// choice, any other goes through the pool). Any model solution decodes to an allocation worth at least as much, since a
/// pool group can only be worth more to its seller than the unranked value the model counted. So the model's optimum is
/// the allocation optimum. Standing traders are fixed before the model is built: their pitches and cap places are taken out.
/// </para>
/// </summary>
public sealed class AllocationModel
{
    internal AllocationModel(AllocationScore score, CpModel model, IReadOnlyList<RankedChoice> ranked, IReadOnlyList<PoolPlace> poolPlaces, IReadOnlyList<PoolGroup> poolGroups)
    {
        Score = score;
        Model = model;
        RankedChoices = ranked;
        PoolPlaces = poolPlaces;
        PoolGroups = poolGroups;
    }

    public AllocationScore Score { get; }

    public CpModel Model { get; }

    /// <summary>Applicant takes this group, which holds at least one of their ranked pitches.</summary>
    public readonly record struct RankedChoice(int Applicant, int Group, BoolVar Chosen);

    /// <summary>Applicant takes one of their profile pool's groups.</summary>
    public readonly record struct PoolPlace(int Applicant, BoolVar Chosen);

    /// <summary>The profile's pool uses this group.</summary>
    public readonly record struct PoolGroup(NeedProfile Profile, int Group, BoolVar Used);

    public IReadOnlyList<RankedChoice> RankedChoices { get; }

    public IReadOnlyList<PoolPlace> PoolPlaces { get; }

    public IReadOnlyList<PoolGroup> PoolGroups { get; }

    public int VariableCount => Model.Model.Variables.Count;

    public int ConstraintCount => Model.Model.Constraints.Count;

    public static AllocationModel For(AllocationScore score) => new AllocationModelBuilder(score).Build();
}
