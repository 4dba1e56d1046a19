using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Reporting;
using EstateCommons.GrainInterfaces.Reporting;
using Microsoft.Extensions.Logging;

namespace EstateCommons.Grains.Spaces;

/// <summary>
/// Keeps the site's reporting roll-up current: every change to bookings re-reports the days it touched, and the space
/// reports its days ahead (open hours with nothing booked still count as available) to the end of the third month
/// ahead, moved on by a daily reminder, and the whole of any later month as soon as something is booked in it — so
/// every month with bookings has all its days, and a report never waits on a scan of bookings. A day's usage is
/// replaced whole, so reporting a day again is harmless; days that could not be reported are kept and tried again by
/// the reminder.
/// </summary>
public sealed partial class SpaceGrain : IRemindable
{
    private const string UsageReminder = "usage";

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != UsageReminder || Timetable() is null) return;
        await PublishAhead();
    }

    /// <summary>Saves bookings and re-reports the local days they touch.</summary>
    private async Task SaveAndPublish(IReadOnlyCollection<Booking> bookings)
    {
        await _calendar.Save(bookings);
        if (Timetable() is not { } timetable) return;
        var dates = bookings.SelectMany(b => DatesTouched(b, timetable.Zone)).Distinct().ToList();
        var newMonths = dates.Where(d => d > (space.State.UsagePublishedThrough ?? d.PlusDays(-1)))
            .Select(d => d.ToYearMonth()).Distinct().Where(m => !space.State.UsageMonthsAhead.Contains(m)).ToList();
        if (newMonths.Count > 0)
        {
            dates = dates.Union(newMonths.SelectMany(m => Days(m.OnDayOfMonth(1), m.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth)))).ToList();
        }
        if (await Publish(dates, timetable) && newMonths.Count > 0)
        {
            space.State.UsageMonthsAhead.AddRange(newMonths);
            await space.WriteStateAsync();
        }
    }

    /// <summary>On first definition, remembers the day the space was listed and starts the daily reminder; then reports ahead.</summary>
    private async Task StartReportingUsage(bool redefined)
    {
        var today = Today();
        if (space.State.ListedFrom is null)
        {
            space.State.ListedFrom = today;
            await space.WriteStateAsync();
        }
        await this.RegisterOrUpdateReminder(UsageReminder, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        // New hours or closures change what is open from today on; days already past keep the figures they had.
        if (redefined && space.State.UsagePublishedThrough is { } through && through >= today)
        {
            await Publish(Days(today, through).ToList(), Timetable()!);
        }
        await PublishAhead();
    }

    /// <summary>Re-reports the days a licence covers that the roll-up already holds, as its licensed hours changed.</summary>
    private async Task RepublishLicence(Licence licence)
    {
        if (Timetable() is not { } timetable || space.State.ListedFrom is not { } listed || space.State.UsagePublishedThrough is not { } through) return;
        var first = licence.From > listed ? licence.From : listed;
        var last = licence.To < through ? licence.To : through;
        if (first <= last) await Publish(Days(first, last).ToList(), timetable);
    }

    /// <summary>Reports every day from the last one reported to the end of the third month ahead, and any days still owed.</summary>
    private async Task PublishAhead()
    {
        var timetable = Timetable()!;
        var today = Today();
        var horizon = ReportingHorizon.Through(today);
        var from = space.State.UsagePublishedThrough?.PlusDays(1) ?? space.State.ListedFrom ?? today;
        var dates = space.State.UsageOwed.Concat(from <= horizon ? Days(from, horizon) : []).Distinct().ToList();
        if (dates.Count == 0) return;
        var owedBefore = space.State.UsageOwed.Count;
        var published = await Publish(dates, timetable);
        if (published && (space.State.UsagePublishedThrough is null || horizon > space.State.UsagePublishedThrough))
        {
            space.State.UsagePublishedThrough = horizon;
            space.State.UsageMonthsAhead.RemoveAll(m => m <= horizon.ToYearMonth());
            await space.WriteStateAsync();
        }
        else if (owedBefore != space.State.UsageOwed.Count)
        {
            await space.WriteStateAsync();
        }
    }

    /// <summary>
    /// Works out and reports the days' usage, a month's roll-up at a time. Returns false, keeping the days owed, when the
    /// roll-up could not be reached: the booking change itself has been saved and must not be undone for a report.
    /// </summary>
    private async Task<bool> Publish(IReadOnlyList<LocalDate> dates, SpaceTimetable timetable)
    {
        if (dates.Count == 0) return true;
        var listed = space.State.ListedFrom ?? Today();
        var usage = new List<SpaceDayUsage>(dates.Count);
        foreach (var date in dates.Order())
        {
            var day = new Interval(timetable.Zone.AtStartOfDay(date).ToInstant(), timetable.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant());
            await _calendar.LoadAround(day, Longest);
            usage.Add(UsageCalculator.For(timetable, date, _calendar.LoadedOverlapping(day, Longest), listed: date >= listed));
        }
        _calendar.Trim();
        try
        {
            foreach (var month in usage.GroupBy(u => u.Date.ToYearMonth()))
            {
                await GrainFactory.GetGrain<ISiteUsageGrain>(new SiteMonth(Ref.SiteId, month.Key).Key).RecordSpaceDays(Ref.SpaceId, month.ToList());
            }
            if (space.State.UsageOwed.Count > 0)
            {
                space.State.UsageOwed.RemoveAll(dates.Contains);
            }
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not report usage of {Space} for {Count} days; the daily reminder will try again", Ref.Key, dates.Count);
            space.State.UsageOwed = space.State.UsageOwed.Union(dates).ToList();
            return false;
        }
    }

    /// <summary>The local dates a booking's time falls on (a booking ending at midnight does not touch the next day).</summary>
    private static IEnumerable<LocalDate> DatesTouched(Booking booking, DateTimeZone zone)
    {
        var first = booking.Start.InZone(zone).Date;
        var last = (booking.End - Duration.Epsilon).InZone(zone).Date;
        return Days(first, last);
    }

    private static IEnumerable<LocalDate> Days(LocalDate first, LocalDate last)
    {
        for (var date = first; date <= last; date = date.PlusDays(1)) yield return date;
    }

    private LocalDate Today() => clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[space.State.TimeZoneId!]).Date;
}
