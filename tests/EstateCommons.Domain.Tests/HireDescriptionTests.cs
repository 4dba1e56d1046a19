namespace EstateCommons.Domain.Tests;

/// <summary>What a payer reads on the payment page and their receipt: the space, the site and the local time.</summary>
public sealed class HireDescriptionTests
{
    [Fact]
    public void A_weekly_series_names_its_first_session_in_local_time_and_how_many_follow()
    {
        var series = Weeks("2027-03-16T10:00", "2027-03-16T12:00", 6);

        Assert.Equal("Seminar Room 1, Northfield General — Tue 16 Mar 2027 10:00–12:00 (and 5 more weekly)",
            HireDescription.Of("Seminar Room 1", "Northfield General", series, new Recurrence(RecurrenceFrequency.Weekly, 6, null)));
    }

    [Fact]
    public void A_summer_booking_is_described_in_british_summer_time()
    {
        var evening = Weeks("2027-07-06T18:30", "2027-07-06T21:00", 1);

        Assert.Equal("Hall, Riverside — Tue 6 Jul 2027 18:30–21:00", HireDescription.Of("Hall", "Riverside", evening, null));
    }

    [Fact]
    public void A_booking_past_midnight_names_both_days_and_a_fortnightly_series_says_so()
    {
        var overnight = Weeks("2027-05-07T22:00", "2027-05-08T02:00", 3, everyDays: 14);

        Assert.Equal("Hall, Riverside — Fri 7 May 2027 22:00–Sat 8 May 2027 02:00 (and 2 more fortnightly)",
            HireDescription.Of("Hall", "Riverside", overnight, new Recurrence(RecurrenceFrequency.Fortnightly, 3, null)));
    }

    private static IReadOnlyList<Booking> Weeks(string start, string end, int count, int everyDays = 7) =>
        Enumerable.Range(0, count)
            .Select(i => Requests.Existing(new Interval(
                Spaces.London.AtStrictly(Spaces.At(start).PlusDays(i * everyDays)).ToInstant(),
                Spaces.London.AtStrictly(Spaces.At(end).PlusDays(i * everyDays)).ToInstant())))
            .Reverse()
            .ToList();
}
