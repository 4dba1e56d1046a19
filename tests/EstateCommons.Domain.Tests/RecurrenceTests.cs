using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>Repeating bookings keep their local time and are booked all together or not at all.</summary>
public sealed class RecurrenceTests
{
    private readonly SpaceTimetable _room = Spaces.Timetable();

    [Fact]
    public void Weekly_series_keeps_its_local_time_across_the_spring_clock_change()
    {
        var fourTuesdays = new Recurrence(RecurrenceFrequency.Weekly, 4, null);

        var decision = _room.Plan(Request("2027-03-23T10:00", "2027-03-23T11:00", recurrence: fourTuesdays));

        Assert.Equal(4, decision.Accepted.Count);
        Assert.All(decision.Accepted, o => Assert.Equal(new LocalTime(10, 0), o.Interval.Start.InZone(Spaces.London).TimeOfDay));
        Assert.Equal(
            [
                Instant.FromUtc(2027, 3, 23, 10, 0),
                Instant.FromUtc(2027, 3, 30, 9, 0),
                Instant.FromUtc(2027, 4, 6, 9, 0),
                Instant.FromUtc(2027, 4, 13, 9, 0),
            ],
            decision.Accepted.Select(o => o.Interval.Start));
    }

    [Fact]
    public void Fortnightly_series_runs_until_its_last_date_inclusive()
    {
        var fortnightly = new Recurrence(RecurrenceFrequency.Fortnightly, null, Spaces.Date("2027-05-18"));

        var decision = _room.Plan(Request("2027-04-06T18:00", "2027-04-06T19:30", recurrence: fortnightly));

        Assert.Equal(
            [Spaces.Date("2027-04-06"), Spaces.Date("2027-04-20"), Spaces.Date("2027-05-04"), Spaces.Date("2027-05-18")],
            decision.Accepted.Select(o => o.Interval.Start.InZone(Spaces.London).Date));
        Assert.All(decision.Accepted, o => Assert.Equal(Duration.FromMinutes(90), o.Interval.Duration));
    }

    [Fact]
    public void Series_with_one_clashing_week_books_nothing_and_names_that_week()
    {
        var taken = Existing("2027-04-20T10:30", "2027-04-20T11:30");
        var fourTuesdays = new Recurrence(RecurrenceFrequency.Weekly, 4, null);

        var decision = _room.Plan(Request("2027-04-06T10:00", "2027-04-06T11:00", recurrence: fourTuesdays), taken);

        Assert.Empty(decision.Accepted);
        var failure = Assert.Single(decision.Failures);
        Assert.Equal(Spaces.At("2027-04-20T10:00"), failure.Start);
        Assert.Equal(Spaces.At("2027-04-20T11:00"), failure.End);
        Assert.Empty(failure.Breaches);
        Assert.Equal(new Clash(taken.Start, taken.End, "booking"), Assert.Single(failure.Clashes));
        Assert.True(decision.OnlyClashes);
    }

    [Theory]
    [InlineData(4, null, false)]
    [InlineData(null, "2027-06-29", false)]
    [InlineData(4, "2027-06-29", true)]
    [InlineData(null, null, true)]
    public void Series_needs_either_a_count_or_an_end_date(int? count, string? until, bool refused)
    {
        var recurrence = new Recurrence(RecurrenceFrequency.Weekly, count, until is null ? null : Spaces.Date(until));

        var errors = recurrence.Validate(Spaces.Date("2027-04-06")).ToList();

        Assert.Equal(refused, errors.Any(e => e.Field == "recurrence"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Recurrence.MaxOccurrences + 1)]
    public void Series_has_between_one_and_the_maximum_occurrences(int count)
    {
        var errors = new Recurrence(RecurrenceFrequency.Weekly, count, null).Validate(Spaces.Date("2027-04-06"));

        Assert.Contains(errors, e => e.Field == "recurrence.count");
    }

    [Fact]
    public void Series_cannot_end_before_it_starts()
    {
        var errors = new Recurrence(RecurrenceFrequency.Weekly, null, Spaces.Date("2027-04-05")).Validate(Spaces.Date("2027-04-06"));

        Assert.Equal("recurrence.until", Assert.Single(errors).Field);
    }
}
