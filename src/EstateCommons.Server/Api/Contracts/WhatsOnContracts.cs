using EstateCommons.Domain.Calendar;
using EstateCommons.Server.WhatsOn;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>What is on at a site, every local date of the range in order, as anyone may see it.</summary>
public sealed record WhatsOnView(string SiteId, string SiteName, string TimeZone, string From, string To, IReadOnlyList<WhatsOnDayView> Days)
{
    public static WhatsOnView Of(WhatsOnSchedule s)
    {
        var zone = s.Site.TimeZone;
        var markets = s.MarketDays.ToLookup(m => m.Date);
        var services = s.Services.ToLookup(x => x.Date);
        var days = new List<WhatsOnDayView>();
        for (var date = s.First; date <= s.Last; date = date.PlusDays(1))
        {
            days.Add(new WhatsOnDayView(LocalClock.Format(date),
                markets[date].Select(m => MarketDayOnView.Of(m, zone)).ToList(),
                services[date].Select(x => ServiceSessionView.Of(x, zone)).ToList()));
        }
        return new WhatsOnView(s.Site.Id, s.Site.Name, s.Site.TimeZoneId, LocalClock.Format(s.First), LocalClock.Format(s.Last), days);
    }
}

public sealed record WhatsOnDayView(string Date, IReadOnlyList<MarketDayOnView> Markets, IReadOnlyList<ServiceSessionView> Services);

/// <summary>A market trading that day: the sellers with confirmed pitches, and the pitch map (each pitch free, spoken for, or with its trader).</summary>
public sealed record MarketDayOnView(
    string MarketId, string Name, string Location, string PublicDescription, SpanView Opening,
    IReadOnlyList<TraderView> Sellers, IReadOnlyList<PitchMapView> Pitches)
{
    public static MarketDayOnView Of(MarketDayOn m, DateTimeZone zone) => new(
        m.Market.MarketId, m.Name, m.Location, m.PublicDescription, SpanView.Of(m.Opening, zone),
        m.Traders.Select(t => new TraderView(t.BusinessName, t.Categories, t.PublicDescription, t.PitchIds)).ToList(),
        m.Pitches.Select(p => new PitchMapView(PitchDto.Of(p.Pitch), p.Free,
            p.Trader is { } t ? new PitchTraderView(t.BusinessName, t.Categories) : null)).ToList());
}

public sealed record TraderView(string BusinessName, IReadOnlyList<string> Categories, string PublicDescription, IReadOnlyList<string> PitchIds);

/// <summary>A pitch on the map: <c>free</c> when nobody holds or has been offered it; <c>trader</c> once a seller has confirmed it.</summary>
public sealed record PitchMapView(PitchDto Pitch, bool Free, PitchTraderView? Trader);

public sealed record PitchTraderView(string BusinessName, IReadOnlyList<string> Categories);

/// <summary>A charity service licensed to a space, for one session.</summary>
public sealed record ServiceSessionView(string SpaceId, string SpaceName, string OrganisationName, string PublicDescription, SpanView Hours)
{
    public static ServiceSessionView Of(ServiceSession s, DateTimeZone zone) =>
        new(s.Space.SpaceId, s.SpaceName, s.OrganisationName, s.PublicDescription, SpanView.Of(s.Hours, zone));
}
