using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>A counter at a night market uploading readings that run past midnight, and uploads that cannot be right.</summary>
public sealed class FootfallBatchTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Instant Now = Instant.FromUtc(2027, 6, 13, 9, 0);

    private static FootfallBatch Batch(params (Instant Start, int Count)[] readings) =>
        new("north-gate", "b1", readings.Select(r => new FootfallReading(r.Start, r.Count)).ToList());

    [Fact]
    public void Readings_are_split_by_the_local_date_their_interval_starts_on()
    {
        // 23:45 BST on the 12th is 22:45 UTC; 00:15 BST on the 13th is still the 12th in UTC.
        var lateEvening = Instant.FromUtc(2027, 6, 12, 22, 45);
        var afterMidnight = Instant.FromUtc(2027, 6, 12, 23, 15);
        var batch = Batch((afterMidnight, 7), (lateEvening, 30));

        var parts = batch.ByLocalDate(London).ToList();

        Assert.Equal([new LocalDate(2027, 6, 12), new LocalDate(2027, 6, 13)], parts.Select(p => p.Date));
        Assert.Equal([new FootfallReading(lateEvening, 30)], parts[0].Part.Readings);
        Assert.Equal([new FootfallReading(afterMidnight, 7)], parts[1].Part.Readings);
        Assert.All(parts, p => Assert.Equal(("north-gate", "b1"), (p.Part.DeviceToken, p.Part.BatchId)));
    }

    [Fact]
    public void An_interval_starting_more_than_an_hour_ahead_of_the_clock_is_refused()
    {
        Assert.Empty(Batch((Now + Duration.FromMinutes(59), 4)).Validate(Now));
        Assert.Contains(Batch((Now + Duration.FromMinutes(61), 4)).Validate(Now), e => e.Field == "readings");
    }

    [Fact]
    public void A_batch_holds_one_to_ten_thousand_readings()
    {
        var most = Enumerable.Range(0, FootfallBatch.MostReadings).Select(i => (Now - Duration.FromMinutes(i + 1), 1)).ToArray();
        var tooMany = Enumerable.Range(0, FootfallBatch.MostReadings + 1).Select(i => (Now - Duration.FromMinutes(i + 1), 1)).ToArray();

        Assert.Empty(Batch(most).Validate(Now));
        Assert.Contains(Batch(tooMany).Validate(Now), e => e.Field == "readings");
        Assert.Contains(Batch().Validate(Now), e => e.Field == "readings");
    }

    [Fact]
    public void A_batch_id_longer_than_a_hundred_characters_is_refused()
    {
        var batch = Batch((Now, 4)) with { BatchId = new string('b', FootfallBatch.MostBatchIdLength + 1) };

        Assert.Contains(batch.Validate(Now), e => e.Field == "batchId");
    }
}
