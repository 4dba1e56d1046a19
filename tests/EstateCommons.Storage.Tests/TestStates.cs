using NodaTime;

namespace EstateCommons.Storage.Tests;

public enum SlotKind
{
    Standard,
    Maintenance,
    Private,
}

public sealed record Slot(LocalTime Start, Duration Length, SlotKind Kind);

// Shaped like the domain's state records: a positional record mixing NodaTime types, a list and a
// dictionary keyed by an enum, none of which System.Text.Json handles without configuration.
public sealed record SpaceCalendar(
    string SpaceName,
    YearMonth Month,
    LocalDate FirstDay,
    LocalDateTime OpensAt,
    Instant UpdatedAt,
    IReadOnlyList<Slot> Slots,
    IReadOnlyDictionary<SlotKind, int> SlotsByKind)
{
    public static SpaceCalendar Sample(string spaceName = "Room 1", int revision = 0) => new(
        spaceName,
        new YearMonth(2027, 3),
        new LocalDate(2027, 3, 1),
        new LocalDateTime(2027, 3, 1, 8, 30),
        Instant.FromUtc(2027, 2, 14, 9, 15, 30) + Duration.FromSeconds(revision),
        [
            new Slot(new LocalTime(9, 0), Duration.FromHours(1), SlotKind.Standard),
            new Slot(new LocalTime(13, 15, 30), Duration.FromMinutes(45), SlotKind.Maintenance),
        ],
        new Dictionary<SlotKind, int> { [SlotKind.Standard] = 1 + revision, [SlotKind.Maintenance] = 1 });
}

// A mutable class with a parameterless constructor: a missing record should read as a new instance.
public sealed class VisitCounter
{
    public int Visits { get; set; }

    public List<string> Visitors { get; set; } = [];
}
