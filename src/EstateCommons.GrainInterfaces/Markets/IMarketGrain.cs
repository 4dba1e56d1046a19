using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Markets;

/// <summary>
/// A food market on a site, keyed "site/market": its definition (schedule, pitches, caps, fees, windows) and, for
/// rotation fairness, which sellers recently missed out or got a poor pitch.
/// </summary>
public interface IMarketGrain : IGrainWithStringKey
{
    /// <summary>The market, or null when it has not been defined.</summary>
    [ReadOnly]
    Task<MarketSnapshot?> Get();

    /// <summary>Creates or replaces the definition; market days already allocated keep their pitches.</summary>
    Task Define(MarketDefinition definition, MarketSite site);

    /// <summary>Remembers who missed out (or got none of their preferences) on a market day. Idempotent per day.</summary>
    Task RecordMisses(LocalDate day, IReadOnlyList<string> sellerIds);

    /// <summary>For each seller, how many of the market's days in the <see cref="MarketSnapshot.RotationWindowDays"/> before <paramref name="day"/> they missed out on.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, int>> RecentMisses(LocalDate day, IReadOnlyList<string> sellerIds);
}

/// <summary>What a market needs to know about its site: the trust that runs it, the time zone people speak in, and where it is.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketSite(string TrustId, string SiteName, string TimeZoneId, GeoPoint Location)
{
    public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[TimeZoneId];
}

/// <summary>A defined market.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketSnapshot(MarketRef Ref, MarketSite Site, MarketDefinition Definition)
{
    /// <summary>Misses older than this many days before a market day no longer add weight.</summary>
    public const int RotationWindowDays = 56;
}
