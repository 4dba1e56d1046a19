namespace EstateCommons.Domain.Tests;

/// <summary>Booking requests and existing bookings, written the way people type times: "2027-04-13T10:00".</summary>
public static class Requests
{
    public static BookingRequest Request(
        string start,
        string end,
        int attendees = 10,
        OrganisationKind kind = OrganisationKind.Commercial,
        Recurrence? recurrence = null) =>
        new("org-1", kind, "organiser@example.org", Spaces.At(start), Spaces.At(end), attendees, "Team meeting", recurrence);

    public static BookingDecision Plan(this SpaceTimetable timetable, BookingRequest request, params Booking[] existing) =>
        timetable.Plan(request, Spaces.Now, existing);

    public static BookingDecision Plan(this SpaceTimetable timetable, BookingRequest request, Instant now, IReadOnlyList<Booking> existing) =>
        BookingPlanner.Plan(request, timetable, now, _ => existing);

    public static Booking Existing(string start, string end, BookingStatus status = BookingStatus.Confirmed) =>
        Existing(new Interval(Spaces.InLondon(start), Spaces.InLondon(end)), status);

    public static Booking Existing(Interval interval, BookingStatus status = BookingStatus.Confirmed) => new(
        BookingId.New(Spaces.Room, Booking.PageOf(interval.Start)),
        Spaces.Room,
        "org-2",
        OrganisationKind.CommunityGroup,
        "someone@example.org",
        interval.Start,
        interval.End,
        Spaces.London.Id,
        8,
        "Choir practice",
        status,
        Spaces.HourlyPricing().PriceFor(interval.Duration, OrganisationKind.CommunityGroup),
        null,
        Spaces.Now);

    public static IEnumerable<string> RulesBroken(this BookingDecision decision) =>
        decision.Failures.SelectMany(f => f.Breaches).Select(b => b.Rule);
}
