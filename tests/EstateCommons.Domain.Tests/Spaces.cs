namespace EstateCommons.Domain.Tests;

/// <summary>
/// Test data for a room at a London site. Defaults are deliberately plain (open all hours, no notice,
/// no buffer, £60 an hour) so each test states only the rule it is about.
/// </summary>
public static class Spaces
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static readonly SpaceRef Room = new("st-marys", "room-1");

    /// <summary>Late 2026, so both 2027 clock changes are in the future and within the advance window.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 2, 9, 0);

    public const long HourlyRatePence = 6000;

    public static BookingRules Rules(
        int slotMinutes = 15,
        int bufferMinutes = 0,
        int minimumMinutes = 15,
        int maximumMinutes = 8 * 60,
        int noticeHours = 0,
        int maximumAdvanceDays = 730) => new(
            Duration.FromMinutes(minimumMinutes),
            Duration.FromMinutes(maximumMinutes),
            slotMinutes,
            Duration.FromMinutes(bufferMinutes),
            Duration.FromHours(noticeHours),
            maximumAdvanceDays);

    /// <summary>The same window on every day of the week, for example "08:00" to "20:00".</summary>
    public static OpeningHours OpenDaily(string from, string to) => new(
        Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)
            .ToDictionary(d => d, IReadOnlyList<LocalWindow> (_) => [Window(from, to)]));

    public static LocalWindow Window(string from, string to) => new(Time(from), Time(to));

    public static SpaceDefinition Definition(
        BookingRules? rules = null,
        OpeningHours? openingHours = null,
        IReadOnlyList<Closure>? closures = null,
        Pricing? pricing = null,
        int capacity = 20,
        bool approvalRequired = false) => new(
            "Seminar room 1",
            SpaceKind.Room,
            capacity,
            ["projector"],
            Accessibility.None,
            openingHours ?? OpeningHours.AlwaysOpen,
            closures ?? [],
            rules ?? Rules(),
            pricing ?? HourlyPricing(),
            approvalRequired);

    public static Pricing HourlyPricing(long pencePerHour = HourlyRatePence, int charityConcession = 100, int communityConcession = 50) =>
        new(pencePerHour, Money.PoundSterling, new Dictionary<OrganisationKind, int>
        {
            [OrganisationKind.RegisteredCharity] = charityConcession,
            [OrganisationKind.CommunityGroup] = communityConcession,
        });

    public static SpaceTimetable Timetable(SpaceDefinition? definition = null, params Licence[] licences) =>
        new(definition ?? Definition(), London, licences);

    public static LocalDateTime At(string localDateTime) =>
        LocalClock.TryParseDateTime(localDateTime, out var value) ? value : throw new ArgumentException($"Not a local date-time: {localDateTime}");

    public static LocalDate Date(string date) =>
        LocalClock.TryParseDate(date, out var value) ? value : throw new ArgumentException($"Not a date: {date}");

    public static LocalTime Time(string time) =>
        LocalClock.TryParseTime(time, out var value) ? value : throw new ArgumentException($"Not a time: {time}");

    /// <summary>The instant a London wall-clock time names, when it names exactly one.</summary>
    public static Instant InLondon(string localDateTime) => London.AtStrictly(At(localDateTime)).ToInstant();
}
