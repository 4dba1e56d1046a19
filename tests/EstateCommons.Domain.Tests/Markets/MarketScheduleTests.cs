using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>A Saturday and Sunday market at a London hospital site, 08:00–14:00, through 2027.</summary>
public sealed class MarketScheduleTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static MarketSchedule Weekends(LocalWindow? hours = null, params LocalDate[] cancelled) => new(
        [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
        hours ?? new LocalWindow(new LocalTime(8, 0), new LocalTime(14, 0)),
        new LocalDate(2027, 1, 2),
        new LocalDate(2027, 12, 19),
        cancelled);

    [Fact]
    public void Market_days_are_the_chosen_weekdays_in_the_range_less_cancellations()
    {
        var schedule = Weekends(cancelled: new LocalDate(2027, 6, 13));

        var days = schedule.MarketDays(new LocalDate(2027, 6, 7), new LocalDate(2027, 6, 20)).ToList();

        Assert.Equal([new LocalDate(2027, 6, 12), new LocalDate(2027, 6, 19), new LocalDate(2027, 6, 20)], days);
    }

    [Fact]
    public void No_market_days_fall_before_the_first_or_after_the_last_date()
    {
        var schedule = Weekends();

        var days = schedule.MarketDays(new LocalDate(2026, 12, 20), new LocalDate(2027, 1, 5)).ToList();
        var late = schedule.MarketDays(new LocalDate(2027, 12, 18), new LocalDate(2028, 1, 31)).ToList();

        Assert.Equal([new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 3)], days);
        Assert.Equal([new LocalDate(2027, 12, 18), new LocalDate(2027, 12, 19)], late);
    }

    [Fact]
    public void A_summer_market_opens_at_local_time_which_is_an_hour_ahead_of_utc()
    {
        var opening = Weekends().OpeningOn(new LocalDate(2027, 6, 12), London);

        Assert.Equal(new Interval(Instant.FromUtc(2027, 6, 12, 7, 0), Instant.FromUtc(2027, 6, 12, 13, 0)), opening);
    }

    [Fact]
    public void A_night_market_opening_inside_the_spring_gap_opens_when_the_clocks_have_gone_forward()
    {
        // 01:00 does not exist in London on 28 March 2027; the market opens at 02:00 BST, so it trades four hours, not five.
        var schedule = Weekends(new LocalWindow(new LocalTime(1, 0), new LocalTime(6, 0)));

        var opening = schedule.OpeningOn(new LocalDate(2027, 3, 28), London);

        Assert.Equal(Instant.FromUtc(2027, 3, 28, 1, 0), opening.Start);
        Assert.Equal(Duration.FromHours(4), opening.Duration);
    }

    [Fact]
    public void A_night_market_on_the_autumn_change_opens_at_the_first_of_the_repeated_times_and_trades_an_hour_longer()
    {
        var schedule = Weekends(new LocalWindow(new LocalTime(0, 30), new LocalTime(4, 0)));

        var opening = schedule.OpeningOn(new LocalDate(2027, 10, 31), London);

        Assert.Equal(Instant.FromUtc(2027, 10, 30, 23, 30), opening.Start);
        Assert.Equal(Duration.FromHours(4.5), opening.Duration);
    }

    [Fact]
    public void Applications_close_the_given_number_of_hours_before_opening()
    {
        var closes = Weekends().ApplicationsCloseAt(new LocalDate(2027, 6, 12), London, 48);

        Assert.Equal(Instant.FromUtc(2027, 6, 10, 7, 0), closes);
    }

    [Fact]
    public void Notice_before_a_market_on_the_morning_the_clocks_go_forward_is_counted_in_elapsed_hours()
    {
        // Opens 08:00 BST (07:00 UTC) on 28 March; 24 hours earlier is 07:00 GMT on the Saturday, not 08:00.
        var closes = Weekends().ApplicationsCloseAt(new LocalDate(2027, 3, 28), London, 24);

        Assert.Equal(new LocalDateTime(2027, 3, 27, 7, 0), closes.InZone(London).LocalDateTime);
    }

    [Fact]
    public void A_cancelled_date_or_another_weekday_has_no_opening()
    {
        var schedule = Weekends(cancelled: new LocalDate(2027, 6, 13));

        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.OpeningOn(new LocalDate(2027, 6, 13), London));
        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.OpeningOn(new LocalDate(2027, 6, 14), London));
        Assert.False(schedule.IsMarketDay(new LocalDate(2027, 6, 13)));
    }

    [Fact]
    public void A_schedule_without_weekdays_ending_before_it_starts_or_closing_before_it_opens_is_rejected()
    {
        var schedule = new MarketSchedule([], new LocalWindow(new LocalTime(14, 0), new LocalTime(8, 0)),
            new LocalDate(2027, 6, 1), new LocalDate(2027, 5, 1), []);

        var fields = schedule.Validate().Select(e => e.Field).ToList();

        Assert.Equal(["schedule.lastDate", "schedule.weekdays", "schedule.hours"], fields);
        Assert.Empty(Weekends().Validate());
    }

    [Fact]
    public void A_market_trading_until_midnight_closes_at_the_start_of_the_next_day()
    {
        var schedule = Weekends(new LocalWindow(new LocalTime(17, 0), LocalTime.Midnight));

        var opening = schedule.OpeningOn(new LocalDate(2027, 1, 2), London);

        Assert.Equal(Instant.FromUtc(2027, 1, 3, 0, 0), opening.End);
        Assert.Empty(schedule.Validate());
    }
}
