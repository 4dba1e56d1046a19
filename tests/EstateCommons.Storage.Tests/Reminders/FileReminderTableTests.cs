using EstateCommons.Storage.Reminders;
using Orleans;

namespace EstateCommons.Storage.Tests.Reminders;

public sealed class FileReminderTableTests : ReminderTableContract, IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly List<FileReminderTable> _created = [];

    protected override IReminderTable CreateTable() => Create();

    public void Dispose()
    {
        foreach (var table in _created) table.Dispose();
        _root.Dispose();
    }

    [Fact]
    public async Task A_grains_reminders_are_one_json_file_under_grain_type_and_grain_key()
    {
        var window = await Table.UpsertRow(Reminder(MarketDay, WindowCloses));
        var offer = await Table.UpsertRow(Reminder(MarketDay, OfferExpires));

        var json = await File.ReadAllTextAsync(MarketDayFile);

        Assert.Equal([MarketDayFile], Directory.GetFiles(_root.Path, "*.json", SearchOption.AllDirectories));
        Assert.StartsWith("""{"grainType":"market-day","grainKey":"northfield/2027-03-06","reminders":[""", json);
        Assert.Contains($$"""{"name":"{{WindowCloses}}","startAt":"2027-02-20T17:00:00Z","period":"00:15:00","etag":"{{window}}"}""", json);
        Assert.Contains($"\"etag\":\"{offer}\"", json);
    }

    [Fact]
    public async Task Removing_a_grains_last_reminder_deletes_its_file()
    {
        var window = await Table.UpsertRow(Reminder(MarketDay, WindowCloses));
        var offer = await Table.UpsertRow(Reminder(MarketDay, OfferExpires));

        await Table.RemoveRow(MarketDay, WindowCloses, window!);
        Assert.True(File.Exists(MarketDayFile));
        await Table.RemoveRow(MarketDay, OfferExpires, offer!);

        Assert.False(File.Exists(MarketDayFile));
    }

    [Fact]
    public async Task A_new_table_on_the_same_directory_sees_what_the_previous_one_wrote()
    {
        var first = Create();
        var window = await first.UpsertRow(Reminder(MarketDay, WindowCloses, ApplicationsClose, TimeSpan.FromDays(7)));
        await first.UpsertRow(Reminder(MarketDay, OfferExpires));
        await first.UpsertRow(Reminder(MarketDay, OfferExpires, ApplicationsClose.AddHours(48), TimeSpan.FromHours(1)));
        var removed = await first.UpsertRow(Reminder(OtherMarketDay, WindowCloses));
        await first.RemoveRow(OtherMarketDay, WindowCloses, removed!);
        var before = (await first.ReadRows(0, 0)).Reminders;
        first.Dispose();

        var reopened = Create();
        var after = (await reopened.ReadRows(0, 0)).Reminders;

        Assert.Equal(Describe(before), Describe(after));
        Assert.Equal(Schedules(before), Schedules(after));
        Assert.True(await reopened.RemoveRow(MarketDay, WindowCloses, window!));
        Assert.Single((await Create(afterDisposing: reopened).ReadRows(MarketDay)).Reminders);
    }

    [Fact]
    public async Task A_second_table_on_the_same_directory_is_refused_until_the_first_is_disposed()
    {
        var first = Create();
        await first.StartAsync();

        var second = Create();
        await Assert.ThrowsAsync<IOException>(() => second.ReadRows(0, 0));
        first.Dispose();

        Assert.Empty((await second.ReadRows(0, 0)).Reminders);
    }

    [Fact]
    public async Task Start_times_are_kept_in_utc_whatever_kind_they_arrive_with()
    {
        var local = new DateTime(2027, 2, 20, 17, 0, 0, DateTimeKind.Local);
        var unspecified = new DateTime(2027, 2, 20, 17, 0, 0, DateTimeKind.Unspecified);
        var first = Create();
        await first.UpsertRow(Reminder(MarketDay, WindowCloses, local));
        await first.UpsertRow(Reminder(MarketDay, OfferExpires, unspecified));

        var reopened = Create(afterDisposing: first);
        var window = await reopened.ReadRow(MarketDay, WindowCloses);
        var offer = await reopened.ReadRow(MarketDay, OfferExpires);

        Assert.Equal((DateTimeKind.Utc, local.ToUniversalTime()), (window!.StartAt.Kind, window.StartAt));
        Assert.Equal((DateTimeKind.Utc, unspecified.Ticks), (offer!.StartAt.Kind, offer.StartAt.Ticks));
    }

    [Fact]
    public async Task Temp_files_left_by_a_crash_are_not_loaded_and_abandoned_ones_are_removed()
    {
        var first = Create();
        var etag = await first.UpsertRow(Reminder(MarketDay, WindowCloses));
        var abandoned = $"{MarketDayFile}.{Guid.NewGuid():N}.tmp";
        var fresh = $"{MarketDayFile}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(abandoned, """{"grainType":"market-day","grainKey":"nor""");
        await File.WriteAllTextAsync(fresh, "{");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddMinutes(-5));

        var reopened = Create(afterDisposing: first);

        Assert.Equal([$"{MarketDay}:{WindowCloses}:{etag}"], Describe((await reopened.ReadRows(0, 0)).Reminders));
        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public async Task A_corrupt_reminder_file_fails_the_start_and_a_later_start_can_succeed()
    {
        await Table.UpsertRow(Reminder(MarketDay, WindowCloses));
        await File.WriteAllTextAsync(MarketDayFile, """{"grainType":"market-day","grainKey":"northfield/2027-03-06","reminders":[{"name":""");

        var reopened = Create(afterDisposing: (FileReminderTable)Table);
        await Assert.ThrowsAsync<InvalidDataException>(() => reopened.StartAsync());
        File.Delete(MarketDayFile);

        await reopened.StartAsync();
        Assert.Empty((await reopened.ReadRows(0, 0)).Reminders);
    }

    [Fact]
    public async Task A_reminder_file_without_an_etag_fails_the_start()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(MarketDayFile)!);
        await File.WriteAllTextAsync(
            MarketDayFile,
            """{"grainType":"market-day","grainKey":"northfield/2027-03-06","reminders":[{"name":"x","startAt":"2027-02-20T17:00:00Z","period":"00:15:00"}]}""");

        await Assert.ThrowsAsync<InvalidDataException>(() => Table.ReadRows(0, 0));
    }

    [Fact]
    public void A_root_directory_is_required()
    {
        Assert.Throws<ArgumentException>(() => new FileReminderTable(new FileReminderTableOptions()));
    }

    private string MarketDayFile => Path.Join(_root.Path, "market-day", "northfield%2F2027-03-06.json");

    private static List<string> Schedules(IEnumerable<ReminderEntry> entries) =>
        [.. entries.Select(entry => $"{entry.GrainId}:{entry.ReminderName}:{entry.StartAt:O}:{entry.Period}").Order(StringComparer.Ordinal)];

    private FileReminderTable Create(FileReminderTable? afterDisposing = null)
    {
        afterDisposing?.Dispose();
        var table = new FileReminderTable(new FileReminderTableOptions { RootDirectory = _root.Path });
        _created.Add(table);
        return table;
    }
}
