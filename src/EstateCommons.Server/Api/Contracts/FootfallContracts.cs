using EstateCommons.Domain.Calendar;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Server.Api.Contracts;

public sealed record RegisterCounterRequest(string? Name);

/// <summary>A registered counter as managers see it: never with its token.</summary>
public sealed record CounterView(string Id, string Name, string RegisteredAt)
{
    public static CounterView Of(FootfallCounter counter, DateTimeZone zone) => new(counter.Id, counter.Name, TimeText.Instant(counter.RegisteredAt, zone));
}

/// <summary>A newly registered counter with its token, which is shown this once and cannot be read again.</summary>
public sealed record CounterRegistered(string Id, string Name, string RegisteredAt, string Token);

/// <summary>One counting interval: when it started, as an instant with its offset ("2027-06-12T10:15:00Z"), and the count.</summary>
public sealed record FootfallReadingDto(string? IntervalStart, int? Count);

/// <summary>The body of POST /api/footfall/batches. A batch id sent again is recognised and not counted twice.</summary>
public sealed record FootfallBatchRequest(string? BatchId, List<FootfallReadingDto?>? Readings);

/// <summary>How many readings were recorded, and whether the whole batch had been recorded before.</summary>
public sealed record FootfallBatchAccepted(int Recorded, bool Repeat);

/// <summary>Visitors counted by hand between two local date-times of the market day.</summary>
public sealed record ManualTallyRequest(string? From, string? To, int? Count);

/// <summary>The visitors in one local clock hour: the hour as people say it, and as an instant with its offset.</summary>
public sealed record HourlyFootfallView(string HourStart, string HourStartInstant, long Visitors);

/// <summary>A market day's footfall within its opening hours, in total and per local clock hour.</summary>
public sealed record MarketDayFootfallView(string Date, SpanView Opening, long Total, IReadOnlyList<HourlyFootfallView> PerHour)
{
    public static MarketDayFootfallView Of(LocalDate date, Interval opening, FootfallSummary summary, DateTimeZone zone) => new(
        LocalClock.Format(date), SpanView.Of(opening, zone), summary.Total,
        summary.PerHour.Select(h => new HourlyFootfallView(
            LocalClock.Format(h.HourStart.LocalDateTime), TimeText.Instant(h.HourStart.ToInstant(), zone), h.Visitors)).ToList());
}
