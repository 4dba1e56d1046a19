using EstateCommons.Domain.Calendar;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>Names a food market on a site. Its key form "site/market" identifies the grain that owns the market's definition.</summary>
[GenerateSerializer, Immutable]
public readonly record struct MarketRef(string SiteId, string MarketId)
{
    public string Key => $"{SiteId}/{MarketId}";

    public MarketDayRef On(LocalDate date) => new(SiteId, MarketId, date);

    public static MarketRef FromKey(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 2 ? new MarketRef(parts[0], parts[1]) : throw new FormatException($"\"{key}\" is not a site/market key.");
    }

    public override string ToString() => Key;
}

/// <summary>
/// One day of a market. Its key "site/market/2027-06-12" identifies the grain that owns that day's applications,
/// allocation, offers and check-ins (and, separately, its footfall).
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct MarketDayRef(string SiteId, string MarketId, LocalDate Date)
{
    public MarketRef Market => new(SiteId, MarketId);

    public string Key => $"{SiteId}/{MarketId}/{LocalClock.Format(Date)}";

    public static MarketDayRef FromKey(string key)
    {
        var parts = key.Split('/');
        if (parts.Length != 3 || !LocalClock.TryParseDate(parts[2], out var date)) throw new FormatException($"\"{key}\" is not a site/market/date key.");
        return new MarketDayRef(parts[0], parts[1], date);
    }

    public override string ToString() => Key;
}
