using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Server.WhatsOn;

/// <summary>
/// Asks a site's markets, market days, sellers, spaces and organisations what is on between two local dates, and
/// keeps only what is public. Both "what's on" and the site's calendar feed read through it, so they always agree.
/// </summary>
public sealed class WhatsOnReader(IGrainFactory grains)
{
    /// <summary>What is on at the site on the local dates given, both included.</summary>
    public async Task<WhatsOnSchedule> Read(Site site, LocalDate first, LocalDate last)
    {
        var siteGrain = grains.GetGrain<ISiteGrain>(site.Id);
        var markets = MarketDays(site, await siteGrain.Markets(), first, last);
        var services = Services(site, await siteGrain.Spaces(), first, last);
        return new WhatsOnSchedule(site, first, last, await markets, await services);
    }

    private async Task<IReadOnlyList<MarketDayOn>> MarketDays(Site site, IReadOnlyList<MarketSummary> summaries, LocalDate first, LocalDate last)
    {
        var markets = await Task.WhenAll(summaries.Select(m => grains.GetGrain<IMarketGrain>(new MarketRef(site.Id, m.MarketId).Key).Get()));
        // Cancelled dates are not market days, so they never appear.
        var days = markets.OfType<MarketSnapshot>().SelectMany(m => m.Definition.Schedule.MarketDays(first, last).Select(m.Ref.On));
        var found = await Task.WhenAll(days.Select(DayOn));
        return found.OfType<MarketDayOn>().OrderBy(d => d.Opening.Start).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
    }

    private async Task<MarketDayOn?> DayOn(MarketDayRef day)
    {
        if ((await grains.GetGrain<IMarketDayGrain>(day.Key).Get()).Snapshot is not { } snapshot) return null;
        var holdings = snapshot.Day.Traders().ToList();
        var sellers = await Task.WhenAll(holdings.Select(h => grains.GetGrain<ISellerGrain>(h.SellerId).Get()));
        var traders = holdings.Zip(sellers)
            .Where(pair => pair.Second is not null)
            .Select(pair => Trader(pair.First, pair.Second!.Profile, snapshot.Day))
            .OrderBy(t => t.BusinessName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var definition = snapshot.Market.Definition;
        var free = snapshot.Day.FreePitches(definition.Layout).ToHashSet();
        var pitches = definition.Layout.Pitches
            .Select(p => new PitchOn(p, free.Contains(p.Id), traders.FirstOrDefault(t => t.PitchIds.Contains(p.Id))))
            .ToList();
        return new MarketDayOn(day.Market, day.Date, definition.Name, definition.Location, definition.PublicDescription, snapshot.Times.Opening, traders, pitches);
    }

    /// <summary>What the seller sells that day is what they applied to sell, which category caps counted; their profile says it otherwise.</summary>
    private static TraderOn Trader(PitchHolding holding, SellerProfile profile, MarketDay day) =>
        new(profile.BusinessName, day.ApplicationOf(holding.SellerId)?.Categories ?? profile.Categories, profile.PublicDescription, holding.PitchIds);

    private async Task<IReadOnlyList<ServiceSession>> Services(Site site, IReadOnlyList<SpaceSummary> summaries, LocalDate first, LocalDate last)
    {
        var spaces = await Task.WhenAll(summaries.Select(s => grains.GetGrain<ISpaceGrain>(new SpaceRef(site.Id, s.SpaceId).Key).Get()));
        var licensed = spaces.OfType<SpaceSnapshot>().SelectMany(s => s.Licences.Select(l => (Space: s, Licence: l))).ToList();
        var organisations = await Task.WhenAll(licensed.Select(x => x.Licence.OrganisationId).Distinct()
            .Select(async id => (Id: id, Organisation: await grains.GetGrain<IOrganisationGrain>(id).Get())));
        var names = organisations.Where(o => o.Organisation is not null).ToDictionary(o => o.Id, o => o.Organisation!.Name);
        var zone = site.TimeZone;
        return licensed
            .Where(x => names.ContainsKey(x.Licence.OrganisationId))
            .SelectMany(x => x.Licence.HeldBetween(first, last, zone)
                .Select(hours => (Date: hours.Start.InZone(zone).Date, Hours: hours))
                // A space shut for the day (a bank holiday, works) has no service in it, licence or not.
                .Where(held => !x.Space.Definition.Closures.Any(c => c.Covers(held.Date)))
                .Select(held => new ServiceSession(x.Space.Space, x.Space.Definition.Name, x.Licence.Id, names[x.Licence.OrganisationId],
                    x.Licence.PublicDescription, held.Date, held.Hours)))
            .OrderBy(s => s.Hours.Start).ThenBy(s => s.OrganisationName, StringComparer.Ordinal)
            .ToList();
    }
}
