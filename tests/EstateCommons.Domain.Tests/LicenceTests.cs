using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>Citizens Advice holds the room on Tuesdays 09:00–17:00 from January to June 2027.</summary>
public sealed class LicenceTests
{
    private static readonly Licence CitizensAdvice = new(
        "citizens-advice-2027",
        "citizens-advice",
        new LocalDate(2027, 1, 1),
        new LocalDate(2027, 6, 30),
        [new WeeklyHours(IsoDayOfWeek.Tuesday, Spaces.Window("09:00", "17:00"))],
        "Citizens Advice drop-in");

    private readonly SpaceTimetable _room = Spaces.Timetable(
        Spaces.Definition(openingHours: Spaces.OpenDaily("08:00", "20:00")), CitizensAdvice);

    [Fact]
    public void Booking_in_licensed_hours_clashes_with_the_licence()
    {
        var decision = _room.Plan(Request("2027-04-13T10:00", "2027-04-13T11:00"));

        var clash = Assert.Single(Assert.Single(decision.Failures).Clashes);
        Assert.Equal(new Clash(Spaces.InLondon("2027-04-13T09:00"), Spaces.InLondon("2027-04-13T17:00"), "licence"), clash);
        Assert.True(decision.OnlyClashes);
    }

    [Fact]
    public void Same_hours_on_a_Wednesday_are_bookable()
    {
        Assert.True(_room.Plan(Request("2027-04-14T10:00", "2027-04-14T11:00")).IsAccepted);
    }

    [Fact]
    public void Same_hours_on_a_Tuesday_after_the_term_are_bookable()
    {
        Assert.True(_room.Plan(Request("2027-07-06T10:00", "2027-07-06T11:00")).IsAccepted);
    }

    [Fact]
    public void Tuesday_evening_after_the_licensed_hours_is_bookable()
    {
        Assert.True(_room.Plan(Request("2027-04-13T17:00", "2027-04-13T19:00")).IsAccepted);
    }

    [Fact]
    public void Free_time_on_a_licensed_Tuesday_is_only_either_side_of_the_licence()
    {
        var free = _room.FreeBetween(Spaces.Date("2027-04-13"), Spaces.Date("2027-04-13"), []);

        Assert.Equal(
            [
                new Interval(Spaces.InLondon("2027-04-13T08:00"), Spaces.InLondon("2027-04-13T09:00")),
                new Interval(Spaces.InLondon("2027-04-13T17:00"), Spaces.InLondon("2027-04-13T20:00")),
            ],
            free);
    }

    [Fact]
    public void Free_time_leaves_out_bookings_and_their_buffer()
    {
        var room = Spaces.Timetable(
            Spaces.Definition(Spaces.Rules(bufferMinutes: 15), Spaces.OpenDaily("08:00", "20:00")), CitizensAdvice);
        var booked = new Interval(Spaces.InLondon("2027-04-14T12:00"), Spaces.InLondon("2027-04-14T13:00"));

        var free = room.FreeBetween(Spaces.Date("2027-04-14"), Spaces.Date("2027-04-14"), [booked]);

        Assert.Equal(
            [
                new Interval(Spaces.InLondon("2027-04-14T08:00"), Spaces.InLondon("2027-04-14T11:45")),
                new Interval(Spaces.InLondon("2027-04-14T13:15"), Spaces.InLondon("2027-04-14T20:00")),
            ],
            free);
    }

    [Fact]
    public void Licence_must_name_its_weekly_hours_and_end_after_it_starts()
    {
        var errors = (CitizensAdvice with { To = new LocalDate(2026, 12, 31), Weekly = [] }).Validate();

        Assert.Equal(["to", "weekly"], errors.Select(e => e.Field));
    }
}
