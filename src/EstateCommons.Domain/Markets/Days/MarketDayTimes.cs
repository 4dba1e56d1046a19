using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// The instants that govern one market day: when applications close, when the market opens and closes, and how long
/// a seller has to accept an offer. Worked out once from the market's local schedule and the site's zone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketDayTimes(Instant ApplicationsClose, Interval Opening, Duration OfferPeriod)
{
    /// <summary>Check-in opens this long before trading starts, for setting up.</summary>
    public static readonly Duration SetUpTime = Duration.FromHours(3);

    public static MarketDayTimes For(MarketDefinition market, LocalDate day, DateTimeZone zone) => new(
        market.Schedule.ApplicationsCloseAt(day, zone, market.ApplicationsCloseHoursBefore),
        market.Schedule.OpeningOn(day, zone),
        Duration.FromHours(market.OfferHours));

    /// <summary>An offer made now must be answered by this time, and never after the market opens.</summary>
    public Instant RespondByFor(Instant offeredAt) => Instant.Min(offeredAt + OfferPeriod, Opening.Start);

    public bool HasOpened(Instant now) => now >= Opening.Start;

    public bool HasClosed(Instant now) => now >= Opening.End;

    public bool CheckInIsOpen(Instant now) => now >= Opening.Start - SetUpTime && now < Opening.End;

    /// <summary>
    /// When the day's fees are settled: a while after closing, so counters that upload late are counted in footfall fees.
    /// </summary>
    public Instant FeesDueAt => Opening.End + SettlementDelay;

    public static readonly Duration SettlementDelay = Duration.FromHours(2);
}
