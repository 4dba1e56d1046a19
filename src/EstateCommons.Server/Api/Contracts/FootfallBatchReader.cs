using EstateCommons.Domain.Markets;
using NodaTime.Text;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>Turns the JSON shape of a counter's upload into a <see cref="FootfallBatch"/>, collecting what is wrong with a field name.</summary>
public static class FootfallBatchReader
{
    // A batch of thousands of readings can be wrong in thousands of places; the first few say what to fix.
    private const int MostErrors = 20;

    // Offset required: a bare local time would mean a different instant depending on whose clock read it.
    private static readonly OffsetDateTimePattern IntervalStart = OffsetDateTimePattern.ExtendedIso;

    /// <param name="counterId">Names the counter in the ledger; its token never goes further than the check at the door.</param>
    public static FootfallBatch? Read(FootfallBatchRequest body, string counterId, Instant now, List<FieldError> errors)
    {
        var readings = body.Readings ?? [];
        if (readings.Count > FootfallBatch.MostReadings)
        {
            errors.Add(new FieldError("readings", $"Send 1 to {FootfallBatch.MostReadings} readings in a batch."));
            return null;
        }
        var parsed = new List<FootfallReading>(readings.Count);
        for (var i = 0; i < readings.Count && errors.Count < MostErrors; i++)
        {
            var parse = IntervalStart.Parse(readings[i]?.IntervalStart ?? "");
            if (!parse.Success) errors.Add(new FieldError($"readings[{i}].intervalStart", "Give when the interval started as an instant with its offset, such as 2027-06-12T10:15:00Z."));
            if (readings[i]?.Count is not { } count) errors.Add(new FieldError($"readings[{i}].count", "Give the number counted in the interval."));
            else if (parse.Success) parsed.Add(new FootfallReading(parse.Value.ToInstant(), count));
        }
        if (errors.Count > 0) return null;

        var batch = new FootfallBatch(counterId, body.BatchId?.Trim() ?? "", parsed);
        errors.AddRange(batch.Validate(now));
        return errors.Count > 0 ? null : batch;
    }
}
