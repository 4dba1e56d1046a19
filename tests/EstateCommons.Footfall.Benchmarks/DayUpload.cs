using System.Buffers;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace EstateCommons.Footfall.Benchmarks;

/// <summary>
/// What a counter uploads when the market closes: one reading per minute of the day's opening hours (720 readings),
/// its batch named for the day. The counts come from a seed of the counter and the day, so sending a day again sends
/// the same batch, byte for byte, as a counter retrying would.
/// </summary>
public static class DayUpload
{
    private const int MostPerMinute = 25;

    public static (byte[] Body, long Visitors) For(Counter counter, LocalDate day, DateTimeZone zone)
    {
        var opening = zone.AtLeniently(day.At(FootfallSetup.Opens)).ToInstant();
        // HashCode is seeded once per process, which is all a re-send within this run needs.
        var random = new Random(HashCode.Combine(counter.Id, day));
        var buffer = new ArrayBufferWriter<byte>(48 * 1024);
        long visitors = 0;
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("batchId", $"{LocalDatePattern.Iso.Format(day)}/daily");
            json.WriteStartArray("readings");
            for (var minute = 0; minute < FootfallSetup.MinutesOpen; minute++)
            {
                var count = random.Next(MostPerMinute + 1);
                visitors += count;
                json.WriteStartObject();
                json.WriteString("intervalStart", InstantPattern.General.Format(opening + Duration.FromMinutes(minute)));
                json.WriteNumber("count", count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (buffer.WrittenSpan.ToArray(), visitors);
    }
}
