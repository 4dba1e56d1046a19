using EstateCommons.Domain;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using NodaTime.Text;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>
/// The kinds of space a hospital site lends, each with the hours a real one keeps: a clinic room free in the evenings
/// and on Saturdays, a seminar room on weekdays with a charity licensed on Wednesday mornings, a hall closed on Good
/// Friday, and a quiet room open all hours (so the Sunday the clocks go forward is 23 hours long).
/// </summary>
public static class SpaceTimetables
{
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static readonly Pricing Hourly = new(4500, Money.PoundSterling, new Dictionary<OrganisationKind, int>
    {
        [OrganisationKind.RegisteredCharity] = 100,
        [OrganisationKind.CommunityGroup] = 50,
        [OrganisationKind.NhsTeam] = 100,
    });

    public static IReadOnlyList<SpaceTimetable> All(YearMonth month)
    {
        var first = month.OnDayOfMonth(1);
        var last = first.With(DateAdjusters.EndOfMonth);
        var goodFriday = new LocalDate(2027, 3, 26);
        return
        [
            Timetable("Clinic room 4", SpaceKind.ClinicRoom, Hours(Weekdays("17:00", "21:00"), (IsoDayOfWeek.Saturday, "09:00", "17:00"))),
            Timetable("Seminar room", SpaceKind.Room, Hours(Weekdays("08:00", "20:00")),
                licences: [new Licence("advice", "org-citizens-advice", first, last, [new WeeklyHours(IsoDayOfWeek.Wednesday, Window("09:00", "13:00"))], "Advice drop-in")]),
            Timetable("Education centre hall", SpaceKind.Hall, Hours([.. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => (d, "09:00", "22:00"))]),
                closures: [new Closure(goodFriday, goodFriday, "Good Friday")]),
            Timetable("Quiet room", SpaceKind.CharitySpace, OpeningHours.AlwaysOpen),
        ];
    }

    private static SpaceTimetable Timetable(string name, SpaceKind kind, OpeningHours hours, IReadOnlyList<Closure>? closures = null, IReadOnlyList<Licence>? licences = null) =>
        new(new SpaceDefinition(name, kind, 30, [], Accessibility.None, hours, closures ?? [], BookingRules.Default, Hourly, ApprovalRequired: false),
            London, licences ?? []);

    private static (IsoDayOfWeek, string, string)[] Weekdays(string from, string to) =>
        [.. new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }.Select(d => (d, from, to))];

    private static OpeningHours Hours(params (IsoDayOfWeek Day, string From, string To)[] windows) =>
        new(windows.ToDictionary(w => w.Day, IReadOnlyList<LocalWindow> (w) => [Window(w.From, w.To)]));

    private static OpeningHours Hours((IsoDayOfWeek, string, string)[] weekdays, (IsoDayOfWeek, string, string) extra) => Hours([.. weekdays, extra]);

    private static LocalWindow Window(string from, string to) => new(Time(from), Time(to));

    private static LocalTime Time(string text) => Clock.Parse(text).Value;
}
