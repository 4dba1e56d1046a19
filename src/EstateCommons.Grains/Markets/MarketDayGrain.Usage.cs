using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Reporting;
using Microsoft.Extensions.Logging;

namespace EstateCommons.Grains.Markets;

/// <summary>
/// Reports the day's figures to the site's reporting roll-up after every change, replacing what it reported before:
/// pitches let, applications, no-shows, the sellers (their kind of business, whether local, their takings) and, once
/// the market has closed, the visitors counted while it was open. Fees are settled two hours after closing, which
/// saves the day again, so the roll-up gets the counted footfall even when nothing else changes after closing.
/// </summary>
public sealed partial class MarketDayGrain
{
    private async Task PublishFigures(DayContext context, Instant now)
    {
        try
        {
            var market = context.Market;
            var traders = Day.Traders().Select(h => h.SellerId).Distinct().ToList();
            var sellers = (await Sellers(traders)).ToDictionary(s => s.Id, s => s.Profile);
            var radius = market.Definition.Weights.LocalRadiusKm;
            FootfallSummary? footfall = context.Times.HasClosed(now)
                ? await GrainFactory.GetGrain<IMarketFootfallGrain>(Ref.Key).Summary(context.Times.Opening, market.Site.TimeZoneId)
                : null;
            var byHour = new SortedDictionary<int, long>();
            foreach (var hour in footfall?.PerHour ?? []) byHour[hour.HourStart.Hour] = byHour.GetValueOrDefault(hour.HourStart.Hour) + hour.Visitors;

            var figures = MarketDayFigures.Of(
                Ref.Market, market.Definition.Name, Ref.Date, Day, market.Definition.Layout,
                id => sellers.TryGetValue(id, out var profile)
                    ? MarketDaySeller.Of(id, profile.BusinessType, profile.Location, market.Site.Location, radius, Day.Takings.FirstOrDefault(t => t.SellerId == id)?.Takings)
                    : new MarketDaySeller(id, SellerBusinessType.SoleTrader, false, null),
                footfall?.Total, byHour);
            await GrainFactory.GetGrain<ISiteUsageGrain>(SiteMonth.Of(Ref.Market.SiteId, Ref.Date).Key).RecordMarketDay(figures);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The day itself is saved; its figures are reported again with its next change or its next reminder.
            logger.LogWarning(e, "Could not report the figures of market day {Day}", Ref.Key);
        }
    }
}
