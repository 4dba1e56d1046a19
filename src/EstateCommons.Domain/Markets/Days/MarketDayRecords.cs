using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>A manager's change to who holds pitches, with the reason they gave (kept as the day's audit trail).</summary>
[GenerateSerializer, Immutable]
public sealed record PitchOverride(IReadOnlyList<string> PitchIds, IReadOnlyList<string> DisplacedSellerIds, string? GivenTo, string Reason, string By, Instant At);

/// <summary>A seller arriving to trade: when, and who recorded it (the seller or a steward).</summary>
[GenerateSerializer, Immutable]
public sealed record SellerCheckIn(string SellerId, Instant At, string By);

/// <summary>What a seller says they took on the day. Confidential: see <see cref="TakingsDisclosure"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record TakingsReport(string SellerId, Money Takings, Instant ReportedAt);

/// <summary>The outcome of a change to a market day: the day after it, or the unchanged day and why it was refused.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketDayChange(MarketDay Day, MarketDayProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
