using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>
/// A London room open all day every day, around the 2027 clock changes: 28 March (01:00 GMT jumps to 02:00 BST)
/// and 31 October (02:00 BST falls back to 01:00 GMT).
/// </summary>
public sealed class ClockChangeTests
{
    private readonly SpaceTimetable _room = Spaces.Timetable(Spaces.Definition(Spaces.Rules(slotMinutes: 30)));

    [Fact]
    public void Booking_that_starts_in_the_spring_forward_gap_is_refused_because_the_time_does_not_exist()
    {
        var decision = _room.Plan(Request("2027-03-28T01:30", "2027-03-28T03:00"));

        Assert.Empty(decision.Accepted);
        var breach = Assert.Single(Assert.Single(decision.Failures).Breaches);
        Assert.Equal(RuleCodes.LocalTimeDoesNotExist, breach.Rule);
        Assert.Contains("2027-03-28T01:30 does not exist", breach.Message);
    }

    [Fact]
    public void Booking_that_ends_in_the_spring_forward_gap_is_refused_too()
    {
        var decision = _room.Plan(Request("2027-03-28T00:00", "2027-03-28T01:30"));

        Assert.Equal([RuleCodes.LocalTimeDoesNotExist], decision.RulesBroken());
    }

    [Fact]
    public void Booking_across_spring_forward_lasts_and_is_charged_for_the_time_that_really_passes()
    {
        var decision = _room.Plan(Request("2027-03-28T00:30", "2027-03-28T03:00"));

        var occurrence = Assert.Single(decision.Accepted);
        Assert.Equal(Duration.FromMinutes(90), occurrence.Interval.Duration);
        Assert.Equal(Money.Gbp(9000), occurrence.Price.FullRate);
    }

    [Fact]
    public void Booking_across_fall_back_lasts_three_hours_for_two_on_the_clock()
    {
        var decision = _room.Plan(Request("2027-10-31T00:30", "2027-10-31T02:30"));

        var occurrence = Assert.Single(decision.Accepted);
        Assert.Equal(Duration.FromMinutes(180), occurrence.Interval.Duration);
        Assert.Equal(Money.Gbp(18000), occurrence.Price.FullRate);
    }

    [Fact]
    public void Start_in_the_repeated_hour_means_the_first_time_the_clock_shows_it()
    {
        var decision = _room.Plan(Request("2027-10-31T01:30", "2027-10-31T02:30"));

        var occurrence = Assert.Single(decision.Accepted);
        Assert.Equal(Instant.FromUtc(2027, 10, 31, 0, 30), occurrence.Interval.Start);
        Assert.Equal(Duration.FromMinutes(120), occurrence.Interval.Duration);
    }

    [Fact]
    public void Weekly_series_that_lands_in_the_gap_is_refused_naming_the_missing_occurrence()
    {
        var weekly = new Recurrence(RecurrenceFrequency.Weekly, 3, null);

        var decision = _room.Plan(Request("2027-03-21T01:30", "2027-03-21T02:30", recurrence: weekly));

        Assert.Empty(decision.Accepted);
        var failure = Assert.Single(decision.Failures);
        Assert.Equal(Spaces.At("2027-03-28T01:30"), failure.Start);
        Assert.Equal(RuleCodes.LocalTimeDoesNotExist, Assert.Single(failure.Breaches).Rule);
    }

    [Fact]
    public void Whole_day_is_twenty_three_hours_in_spring_and_twenty_five_in_autumn()
    {
        var wholeDay = new LocalWindow(LocalTime.Midnight, LocalTime.Midnight);

        Assert.Equal(Duration.FromHours(23), wholeDay.On(new LocalDate(2027, 3, 28), Spaces.London).Duration);
        Assert.Equal(Duration.FromHours(25), wholeDay.On(new LocalDate(2027, 10, 31), Spaces.London).Duration);
    }
}
