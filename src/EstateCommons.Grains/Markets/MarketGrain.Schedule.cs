using EstateCommons.Domain.Reporting;
using EstateCommons.GrainInterfaces.Reporting;

namespace EstateCommons.Grains.Markets;

/// <summary>
/// Tells the site's reporting roll-ups which days the market is to trade, from today to the end of the third month
/// ahead, when its schedule is set and then daily as that horizon moves on, so a day nobody applied for still counts
/// as a market day with its pitches empty. Days already past keep what the roll-up has.
/// </summary>
public sealed partial class MarketGrain : IRemindable
{
    private const string ScheduleReminder = "schedule";

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ScheduleReminder && market.State.Definition is not null) await PublishSchedule();
    }

    private async Task StartReportingSchedule()
    {
        await this.RegisterOrUpdateReminder(ScheduleReminder, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        await PublishSchedule();
    }

    private async Task PublishSchedule()
    {
        var definition = market.State.Definition!;
        var today = clock.GetCurrentInstant().InZone(market.State.Site!.TimeZone).Date;
        var horizon = ReportingHorizon.Through(today);
        for (var month = today.ToYearMonth(); month <= horizon.ToYearMonth(); month = month.PlusMonths(1))
        {
            var first = LocalDate.Max(today, month.OnDayOfMonth(1));
            var days = definition.Schedule.MarketDays(first, month.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth)).ToList();
            await GrainFactory.GetGrain<ISiteUsageGrain>(new SiteMonth(Ref.SiteId, month).Key)
                .RecordMarketSchedule(Ref.MarketId, definition.Name, definition.Layout.Pitches.Count, days);
        }
    }
}
