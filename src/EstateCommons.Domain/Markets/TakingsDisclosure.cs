namespace EstateCommons.Domain.Markets;

/// <summary>What one seller reported taking on a market day.</summary>
[GenerateSerializer, Immutable]
public sealed record SellerTakings(string SellerId, Money Takings);

/// <summary>Who is asking to see takings: a market manager, or a seller (by id), or anyone else (no seller id).</summary>
[GenerateSerializer, Immutable]
public sealed record TakingsViewer(string? SellerId, bool IsManager)
{
    public static TakingsViewer Manager { get; } = new(null, true);

    public static TakingsViewer Public { get; } = new(null, false);

    public static TakingsViewer Seller(string sellerId) => new(sellerId, false);
}

/// <summary>Why a takings figure was shown or withheld.</summary>
public enum TakingsDisclosureReason
{
    /// <summary>Managers see every figure.</summary>
    Manager,

    /// <summary>The figure is only the viewer's own takings.</summary>
    OwnTakings,

    /// <summary>The figure covers enough sellers that no one seller's takings can be read from it.</summary>
    EnoughSellers,

    /// <summary>The figure covers too few sellers: it would reveal what someone else took.</summary>
    TooFewSellers,

    /// <summary>No takings were reported, so there is no figure to show.</summary>
    NothingReported,
}

/// <summary>A total of takings, or null where it is withheld, and the reason either way.</summary>
[GenerateSerializer, Immutable]
public sealed record TakingsAggregate(Money? Total, int Sellers, TakingsDisclosureReason Reason)
{
    public bool IsWithheld => Total is null;
}

/// <summary>
/// Sellers tell the market what they took in confidence. A figure built from their takings is shown only when it covers
/// at least <see cref="MinimumSellers"/> sellers, so no one can read off another seller's takings; managers see
/// everything, and a seller always sees a figure made only of their own takings.
/// </summary>
public static class TakingsDisclosure
{
    public const int MinimumSellers = 3;

    public static bool CanSee(TakingsViewer viewer, IEnumerable<string> sellersInFigure) =>
        Decide(viewer, sellersInFigure.Distinct(StringComparer.Ordinal).ToList()) is not TakingsDisclosureReason.TooFewSellers;

    /// <summary>The total of <paramref name="takings"/> if <paramref name="viewer"/> may see it.</summary>
    public static TakingsAggregate Aggregate(IReadOnlyCollection<SellerTakings> takings, TakingsViewer viewer)
    {
        var sellers = takings.Select(t => t.SellerId).Distinct(StringComparer.Ordinal).ToList();
        if (takings.Count == 0) return new TakingsAggregate(null, 0, TakingsDisclosureReason.NothingReported);
        var reason = Decide(viewer, sellers);
        if (reason is TakingsDisclosureReason.TooFewSellers) return new TakingsAggregate(null, sellers.Count, reason);

        var currency = takings.First().Takings.Currency;
        if (takings.Any(t => t.Takings.Currency != currency)) throw new ArgumentException("Takings must all be in one currency.", nameof(takings));
        return new TakingsAggregate(new Money(takings.Sum(t => t.Takings.MinorUnits), currency), sellers.Count, reason);
    }

    private static TakingsDisclosureReason Decide(TakingsViewer viewer, IReadOnlyList<string> sellers)
    {
        if (viewer.IsManager) return TakingsDisclosureReason.Manager;
        if (sellers.Count >= MinimumSellers) return TakingsDisclosureReason.EnoughSellers;
        if (sellers.Count == 1 && viewer.SellerId is { } own && sellers[0] == own) return TakingsDisclosureReason.OwnTakings;
        return TakingsDisclosureReason.TooFewSellers;
    }
}
