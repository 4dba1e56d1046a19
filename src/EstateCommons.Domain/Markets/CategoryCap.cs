namespace EstateCommons.Domain.Markets;

/// <summary>At most <see cref="Maximum"/> allocated sellers may sell <see cref="Category"/> (say, honey) on a market day.</summary>
[GenerateSerializer, Immutable]
public sealed record CategoryCap(string Category, int Maximum)
{
    public static readonly StringComparer CategoryComparer = StringComparer.OrdinalIgnoreCase;

    public bool Covers(AllocationApplicant applicant) => applicant.Categories.Contains(Category, CategoryComparer);
}
