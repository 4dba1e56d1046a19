using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>
/// A room open 08:00–20:00 daily, for 20 people, booked in 15-minute slots for 30 minutes to 4 hours,
/// at least a day and at most 90 days ahead. Today is Monday 3 May 2027.
/// </summary>
public sealed class BookingRulesTests
{
    private static readonly Instant Today = Spaces.InLondon("2027-05-03T09:00");

    private static readonly BookingRules Rules = Spaces.Rules(
        slotMinutes: 15, minimumMinutes: 30, maximumMinutes: 4 * 60, noticeHours: 24, maximumAdvanceDays: 90);

    private static SpaceTimetable Room(params Closure[] closures) =>
        Spaces.Timetable(Spaces.Definition(Rules, Spaces.OpenDaily("08:00", "20:00"), closures, capacity: 20));

    private static BookingDecision Plan(BookingRequest request, SpaceTimetable? room = null) =>
        (room ?? Room()).Plan(request, Today, []);

    [Fact]
    public void Booking_that_keeps_every_rule_is_accepted()
    {
        var decision = Plan(Request("2027-05-10T10:00", "2027-05-10T11:30", attendees: 20));

        Assert.True(decision.IsAccepted);
        Assert.Equal(new Interval(Spaces.InLondon("2027-05-10T10:00"), Spaces.InLondon("2027-05-10T11:30")), Assert.Single(decision.Accepted).Interval);
    }

    [Fact]
    public void Booking_shorter_than_the_minimum_is_refused()
    {
        var decision = Plan(Request("2027-05-10T10:00", "2027-05-10T10:15"));

        var breach = Assert.Single(decision.Failures.Single().Breaches);
        Assert.Equal(RuleCodes.TooShort, breach.Rule);
        Assert.Equal("Bookings here last at least 30 minutes; this one lasts 15.", breach.Message);
    }

    [Fact]
    public void Booking_longer_than_the_maximum_is_refused()
    {
        var decision = Plan(Request("2027-05-10T10:00", "2027-05-10T15:00"));

        Assert.Equal([RuleCodes.TooLong], decision.RulesBroken());
    }

    [Fact]
    public void Booking_off_the_slot_grid_is_refused()
    {
        var decision = Plan(Request("2027-05-10T10:10", "2027-05-10T11:00"));

        var breach = Assert.Single(decision.Failures.Single().Breaches);
        Assert.Equal(RuleCodes.OffSlot, breach.Rule);
        Assert.Equal("Bookings start and end on 15-minute boundaries, such as 09:00 or 09:15.", breach.Message);
    }

    [Fact]
    public void Off_slot_message_for_hourly_slots_suggests_a_time_on_the_hour()
    {
        var hourly = Spaces.Timetable(Spaces.Definition(Rules with { SlotMinutes = 60 }, Spaces.OpenDaily("08:00", "20:00")));

        var decision = Plan(Request("2027-05-10T10:30", "2027-05-10T11:30"), hourly);

        Assert.Equal("Bookings start and end on 60-minute boundaries, such as 09:00 or 10:00.", decision.Failures.Single().Breaches.Single().Message);
    }

    [Fact]
    public void Booking_for_more_people_than_the_room_holds_is_refused()
    {
        var decision = Plan(Request("2027-05-10T10:00", "2027-05-10T11:00", attendees: 21));

        var breach = Assert.Single(decision.Failures.Single().Breaches);
        Assert.Equal(RuleCodes.OverCapacity, breach.Rule);
        Assert.Equal("The space holds 20 people; 21 were asked for.", breach.Message);
    }

    [Fact]
    public void Booking_for_later_today_is_refused_for_too_little_notice()
    {
        var decision = Plan(Request("2027-05-03T14:00", "2027-05-03T15:00"));

        var breach = Assert.Single(decision.Failures.Single().Breaches);
        Assert.Equal(RuleCodes.TooLittleNotice, breach.Rule);
        Assert.Equal("Book at least 24 hours ahead.", breach.Message);
    }

    [Fact]
    public void Booking_in_the_past_is_refused_even_when_no_notice_is_needed()
    {
        var room = Spaces.Timetable(Spaces.Definition(Rules with { MinimumNotice = Duration.Zero }, Spaces.OpenDaily("08:00", "20:00")));

        var decision = Plan(Request("2027-05-03T08:00", "2027-05-03T09:00"), room);

        Assert.Equal([RuleCodes.TooLittleNotice], decision.RulesBroken());
    }

    [Fact]
    public void Booking_beyond_the_advance_window_is_refused()
    {
        var decision = Plan(Request("2027-08-09T10:00", "2027-08-09T11:00"));

        var breach = Assert.Single(decision.Failures.Single().Breaches);
        Assert.Equal(RuleCodes.TooFarAhead, breach.Rule);
        Assert.Equal("Bookings open 90 days ahead.", breach.Message);
    }

    [Fact]
    public void Booking_on_a_closed_day_is_refused_with_the_reason_for_the_closure()
    {
        var room = Room(new Closure(Spaces.Date("2027-05-10"), Spaces.Date("2027-05-11"), "Floor resurfacing"));

        var decision = Plan(Request("2027-05-11T10:00", "2027-05-11T11:00"), room);

        var breach = Assert.Single(decision.Failures.Single().Breaches);
        Assert.Equal(RuleCodes.Closed, breach.Rule);
        Assert.Equal("The space is closed 2027-05-10 to 2027-05-11: Floor resurfacing", breach.Message);
    }

    [Fact]
    public void Booking_the_day_after_a_closure_is_accepted()
    {
        var room = Room(new Closure(Spaces.Date("2027-05-10"), Spaces.Date("2027-05-11"), "Floor resurfacing"));

        Assert.True(Plan(Request("2027-05-12T10:00", "2027-05-12T11:00"), room).IsAccepted);
    }

    [Fact]
    public void Booking_that_runs_past_closing_time_is_refused()
    {
        var decision = Plan(Request("2027-05-10T19:00", "2027-05-10T21:00"));

        Assert.Equal([RuleCodes.OutsideOpeningHours], decision.RulesBroken());
    }

    [Fact]
    public void Booking_that_fills_the_last_hour_before_closing_is_accepted()
    {
        Assert.True(Plan(Request("2027-05-10T19:00", "2027-05-10T20:00")).IsAccepted);
    }

    [Fact]
    public void Booking_that_ends_before_it_starts_is_refused()
    {
        var decision = Plan(Request("2027-05-10T11:00", "2027-05-10T10:00"));

        var breach = Assert.Single(decision.Failures.Single().Breaches);
        Assert.Equal(RuleCodes.EndNotAfterStart, breach.Rule);
        Assert.False(decision.OnlyClashes);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var decision = Plan(Request("2027-05-03T19:10", "2027-05-03T21:00", attendees: 40));

        Assert.Equal(
            new[] { RuleCodes.OffSlot, RuleCodes.OverCapacity, RuleCodes.TooLittleNotice, RuleCodes.OutsideOpeningHours }.Order(),
            decision.RulesBroken().Order());
    }
}
