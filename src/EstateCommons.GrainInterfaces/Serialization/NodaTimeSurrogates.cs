using NodaTime;

namespace EstateCommons.GrainInterfaces.Serialization;

// NodaTime's types carry no Orleans attributes, so each crosses grain boundaries as a small surrogate.
// Instants and durations go as nanoseconds, local values as their calendar fields (ISO calendar only).

[GenerateSerializer, Immutable]
public readonly struct InstantSurrogate
{
    [Id(0)] public long UnixTicks { get; init; }
    [Id(1)] public long NanosecondOfTick { get; init; }
}

[RegisterConverter]
public sealed class InstantConverter : IConverter<Instant, InstantSurrogate>
{
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) =>
        Instant.FromUnixTimeTicks(surrogate.UnixTicks) + Duration.FromNanoseconds(surrogate.NanosecondOfTick);

    public InstantSurrogate ConvertToSurrogate(in Instant value)
    {
        var ticks = value.ToUnixTimeTicks();
        return new InstantSurrogate { UnixTicks = ticks, NanosecondOfTick = (value - Instant.FromUnixTimeTicks(ticks)).ToInt64Nanoseconds() };
    }
}

[GenerateSerializer, Immutable]
public readonly struct DurationSurrogate
{
    [Id(0)] public long Nanoseconds { get; init; }
}

[RegisterConverter]
public sealed class DurationConverter : IConverter<Duration, DurationSurrogate>
{
    public Duration ConvertFromSurrogate(in DurationSurrogate surrogate) => Duration.FromNanoseconds(surrogate.Nanoseconds);

    public DurationSurrogate ConvertToSurrogate(in Duration value) => new() { Nanoseconds = value.ToInt64Nanoseconds() };
}

[GenerateSerializer, Immutable]
public readonly struct IntervalSurrogate
{
    [Id(0)] public Instant Start { get; init; }
    [Id(1)] public Instant End { get; init; }
}

[RegisterConverter]
public sealed class IntervalConverter : IConverter<Interval, IntervalSurrogate>
{
    public Interval ConvertFromSurrogate(in IntervalSurrogate surrogate) => new(surrogate.Start, surrogate.End);

    public IntervalSurrogate ConvertToSurrogate(in Interval value) => new() { Start = value.Start, End = value.End };
}

[GenerateSerializer, Immutable]
public readonly struct LocalDateSurrogate
{
    [Id(0)] public int Year { get; init; }
    [Id(1)] public int Month { get; init; }
    [Id(2)] public int Day { get; init; }
}

[RegisterConverter]
public sealed class LocalDateConverter : IConverter<LocalDate, LocalDateSurrogate>
{
    public LocalDate ConvertFromSurrogate(in LocalDateSurrogate surrogate) => new(surrogate.Year, surrogate.Month, surrogate.Day);

    public LocalDateSurrogate ConvertToSurrogate(in LocalDate value) => new() { Year = value.Year, Month = value.Month, Day = value.Day };
}

[GenerateSerializer, Immutable]
public readonly struct YearMonthSurrogate
{
    [Id(0)] public int Year { get; init; }
    [Id(1)] public int Month { get; init; }
}

[RegisterConverter]
public sealed class YearMonthConverter : IConverter<YearMonth, YearMonthSurrogate>
{
    public YearMonth ConvertFromSurrogate(in YearMonthSurrogate surrogate) => new(surrogate.Year, surrogate.Month);

    public YearMonthSurrogate ConvertToSurrogate(in YearMonth value) => new() { Year = value.Year, Month = value.Month };
}

[GenerateSerializer, Immutable]
public readonly struct LocalTimeSurrogate
{
    [Id(0)] public long NanosecondOfDay { get; init; }
}

[RegisterConverter]
public sealed class LocalTimeConverter : IConverter<LocalTime, LocalTimeSurrogate>
{
    public LocalTime ConvertFromSurrogate(in LocalTimeSurrogate surrogate) => LocalTime.FromNanosecondsSinceMidnight(surrogate.NanosecondOfDay);

    public LocalTimeSurrogate ConvertToSurrogate(in LocalTime value) => new() { NanosecondOfDay = value.NanosecondOfDay };
}

[GenerateSerializer, Immutable]
public readonly struct LocalDateTimeSurrogate
{
    [Id(0)] public LocalDate Date { get; init; }
    [Id(1)] public LocalTime Time { get; init; }
}

[RegisterConverter]
public sealed class LocalDateTimeConverter : IConverter<LocalDateTime, LocalDateTimeSurrogate>
{
    public LocalDateTime ConvertFromSurrogate(in LocalDateTimeSurrogate surrogate) => surrogate.Date + surrogate.Time;

    public LocalDateTimeSurrogate ConvertToSurrogate(in LocalDateTime value) => new() { Date = value.Date, Time = value.TimeOfDay };
}

// An instant and a zone name a zoned time exactly; the offset follows from them, even in the hour the clocks go back.
[GenerateSerializer, Immutable]
public readonly struct ZonedDateTimeSurrogate
{
    [Id(0)] public Instant Instant { get; init; }
    [Id(1)] public string ZoneId { get; init; }
}

[RegisterConverter]
public sealed class ZonedDateTimeConverter : IConverter<ZonedDateTime, ZonedDateTimeSurrogate>
{
    public ZonedDateTime ConvertFromSurrogate(in ZonedDateTimeSurrogate surrogate) =>
        surrogate.Instant.InZone(DateTimeZoneProviders.Tzdb[surrogate.ZoneId]);

    public ZonedDateTimeSurrogate ConvertToSurrogate(in ZonedDateTime value) => new() { Instant = value.ToInstant(), ZoneId = value.Zone.Id };
}

[GenerateSerializer, Immutable]
public readonly struct IsoDayOfWeekSurrogate
{
    [Id(0)] public int Value { get; init; }
}

[RegisterConverter]
public sealed class IsoDayOfWeekConverter : IConverter<IsoDayOfWeek, IsoDayOfWeekSurrogate>
{
    public IsoDayOfWeek ConvertFromSurrogate(in IsoDayOfWeekSurrogate surrogate) => (IsoDayOfWeek)surrogate.Value;

    public IsoDayOfWeekSurrogate ConvertToSurrogate(in IsoDayOfWeek value) => new() { Value = (int)value };
}
