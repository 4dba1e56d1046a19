using Orleans;
using Orleans.Runtime;

namespace EstateCommons.Storage.Tests.Reminders;

/// <summary>
/// What any reminder table used by Estate Commons must do, whatever it stores to, following the semantics of Orleans'
/// own tables. Derive, supply a fresh, empty table from <see cref="CreateTable"/>, and every case runs against it.
/// </summary>
public abstract class ReminderTableContract
{
    protected const string WindowCloses = "application-window-closes";
    protected const string OfferExpires = "pitch-offer-expires";

    protected static readonly GrainId MarketDay = GrainId.Create("market-day", "northfield/2027-03-06");
    protected static readonly GrainId OtherMarketDay = GrainId.Create("market-day", "northfield/2027-03-13");
    protected static readonly DateTime ApplicationsClose = new(2027, 2, 20, 17, 0, 0, DateTimeKind.Utc);

    private IReminderTable? _table;

    protected IReminderTable Table => _table ??= CreateTable();

    protected abstract IReminderTable CreateTable();

    [Fact]
    public async Task A_reminder_that_was_never_registered_reads_as_null()
    {
        Assert.Null(await Table.ReadRow(MarketDay, WindowCloses));
    }

    [Fact]
    public async Task A_registered_reminder_reads_back_with_its_schedule_and_the_etag_the_upsert_returned()
    {
        var etag = await Table.UpsertRow(Reminder(MarketDay, WindowCloses, ApplicationsClose, TimeSpan.FromDays(7)));

        var read = await Table.ReadRow(MarketDay, WindowCloses);

        Assert.False(string.IsNullOrEmpty(etag));
        Assert.NotNull(read);
        Assert.Equal(MarketDay, read.GrainId);
        Assert.Equal(WindowCloses, read.ReminderName);
        Assert.Equal(ApplicationsClose, read.StartAt);
        Assert.Equal(TimeSpan.FromDays(7), read.Period);
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task Registering_again_replaces_the_schedule_in_place_and_gives_a_new_etag()
    {
        var first = await Table.UpsertRow(Reminder(MarketDay, WindowCloses, ApplicationsClose, TimeSpan.FromDays(7)));
        var later = ApplicationsClose.AddDays(2);

        var second = await Table.UpsertRow(Reminder(MarketDay, WindowCloses, later, TimeSpan.FromHours(1)));
        var read = await Table.ReadRow(MarketDay, WindowCloses);

        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        Assert.Equal(later, read.StartAt);
        Assert.Equal(TimeSpan.FromHours(1), read.Period);
        Assert.Single((await Table.ReadRows(MarketDay)).Reminders);
    }

    [Fact]
    public async Task Removing_with_the_current_etag_removes_the_reminder_and_a_second_removal_returns_false()
    {
        var etag = await Table.UpsertRow(Reminder(MarketDay, OfferExpires));

        Assert.True(await Table.RemoveRow(MarketDay, OfferExpires, etag!));
        Assert.False(await Table.RemoveRow(MarketDay, OfferExpires, etag!));

        Assert.Null(await Table.ReadRow(MarketDay, OfferExpires));
        Assert.Empty((await Table.ReadRows(MarketDay)).Reminders);
        Assert.Empty((await Table.ReadRows(0, 0)).Reminders);
    }

    [Fact]
    public async Task Removing_with_a_stale_etag_is_refused_and_the_current_reminder_is_kept()
    {
        var stale = await Table.UpsertRow(Reminder(MarketDay, OfferExpires, ApplicationsClose));
        var current = await Table.UpsertRow(Reminder(MarketDay, OfferExpires, ApplicationsClose.AddHours(48)));

        Assert.False(await Table.RemoveRow(MarketDay, OfferExpires, stale!));

        var read = await Table.ReadRow(MarketDay, OfferExpires);
        Assert.Equal(current, read!.ETag);
        Assert.Equal(ApplicationsClose.AddHours(48), read.StartAt);
    }

    [Fact]
    public async Task Removing_a_reminder_under_another_name_or_grain_returns_false_and_removes_nothing()
    {
        var etag = await Table.UpsertRow(Reminder(MarketDay, OfferExpires));

        Assert.False(await Table.RemoveRow(MarketDay, WindowCloses, etag!));
        Assert.False(await Table.RemoveRow(OtherMarketDay, OfferExpires, etag!));

        Assert.Equal(etag, (await Table.ReadRow(MarketDay, OfferExpires))!.ETag);
    }

    [Fact]
    public async Task A_grains_reminders_are_read_together_and_without_any_other_grains()
    {
        var window = await Table.UpsertRow(Reminder(MarketDay, WindowCloses));
        var offer = await Table.UpsertRow(Reminder(MarketDay, OfferExpires));
        await Table.UpsertRow(Reminder(OtherMarketDay, WindowCloses));

        var rows = (await Table.ReadRows(MarketDay)).Reminders;

        Assert.Equal([$"{MarketDay}:{WindowCloses}:{window}", $"{MarketDay}:{OfferExpires}:{offer}"], Describe(rows));
    }

    [Fact]
    public async Task A_grain_without_reminders_reads_as_empty()
    {
        await Table.UpsertRow(Reminder(OtherMarketDay, WindowCloses));

        Assert.Empty((await Table.ReadRows(MarketDay)).Reminders);
    }

    [Fact]
    public async Task Removing_one_of_a_grains_reminders_keeps_the_others()
    {
        var window = await Table.UpsertRow(Reminder(MarketDay, WindowCloses));
        var offer = await Table.UpsertRow(Reminder(MarketDay, OfferExpires));

        await Table.RemoveRow(MarketDay, WindowCloses, window!);

        Assert.Equal([$"{MarketDay}:{OfferExpires}:{offer}"], Describe((await Table.ReadRows(MarketDay)).Reminders));
    }

    [Fact]
    public async Task A_range_read_leaves_out_its_begin_and_includes_its_end()
    {
        var (low, middle, high) = await ThreeGrainsInHashOrder();

        Assert.Equal([middle], Grains(await Table.ReadRows(Hash(low), Hash(middle))));
        Assert.Equal([high], Grains(await Table.ReadRows(Hash(middle), Hash(high))));
        Assert.Equal(Sorted(low, middle), Grains(await Table.ReadRows(unchecked(Hash(low) - 1), Hash(middle))));
        Assert.Empty(Grains(await Table.ReadRows(Hash(high), uint.MaxValue)));
    }

    [Fact]
    public async Task A_range_whose_begin_is_not_below_its_end_wraps_round_through_zero()
    {
        var (low, middle, high) = await ThreeGrainsInHashOrder();

        Assert.Equal([low], Grains(await Table.ReadRows(Hash(high), Hash(low))));
        Assert.Equal(Sorted(low, high), Grains(await Table.ReadRows(Hash(middle), Hash(low))));
        Assert.Equal(Sorted(low, middle), Grains(await Table.ReadRows(Hash(high), Hash(middle))));
    }

    [Fact]
    public async Task A_range_from_a_point_to_itself_is_the_whole_ring()
    {
        var (low, middle, high) = await ThreeGrainsInHashOrder();

        Assert.Equal(Sorted(low, middle, high), Grains(await Table.ReadRows(0, 0)));
        Assert.Equal(Sorted(low, middle, high), Grains(await Table.ReadRows(Hash(middle), Hash(middle))));
    }

    [Fact]
    public async Task Clearing_the_table_removes_every_reminder()
    {
        await Table.UpsertRow(Reminder(MarketDay, WindowCloses));
        await Table.UpsertRow(Reminder(MarketDay, OfferExpires));
        await Table.UpsertRow(Reminder(OtherMarketDay, WindowCloses));

        await Table.TestOnlyClearTable();

        Assert.Empty((await Table.ReadRows(0, 0)).Reminders);
        Assert.Null(await Table.ReadRow(MarketDay, WindowCloses));
        Assert.False(string.IsNullOrEmpty(await Table.UpsertRow(Reminder(MarketDay, WindowCloses))));
    }

    [Fact]
    public async Task Grain_keys_and_reminder_names_with_separators_and_punctuation_round_trip()
    {
        GrainId[] grains = [GrainId.Create("market-day", "St Mary's/Car Park:B"), GrainId.Create("market-day", "..")];
        string[] names = ["offer/pitch-12", "foo/bar\\#b_a_z?", ".."];
        var written = new List<string>();
        foreach (var grain in grains)
        {
            foreach (var name in names) written.Add($"{grain}:{name}:{await Table.UpsertRow(Reminder(grain, name))}");
        }

        Assert.Equal(written.Order(StringComparer.Ordinal), Describe((await Table.ReadRows(0, 0)).Reminders));
        Assert.NotNull(await Table.ReadRow(grains[0], names[1]));
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_grains_reminders_are_all_kept()
    {
        var names = Enumerable.Range(1, 16).Select(pitch => $"offer-pitch-{pitch}").ToList();
        var table = Table;

        var etags = await Task.WhenAll(names.Select(name => Task.Run(() => table.UpsertRow(Reminder(MarketDay, name)))));

        var expected = names.Zip(etags, (name, etag) => $"{MarketDay}:{name}:{etag}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Describe((await table.ReadRows(MarketDay)).Reminders));
    }

    [Fact]
    public async Task Changing_an_entry_that_was_read_does_not_change_the_table()
    {
        var etag = await Table.UpsertRow(Reminder(MarketDay, OfferExpires, ApplicationsClose));

        var read = await Table.ReadRow(MarketDay, OfferExpires);
        read!.StartAt = ApplicationsClose.AddYears(1);
        read.ETag = "edited";

        var again = await Table.ReadRow(MarketDay, OfferExpires);
        Assert.Equal(ApplicationsClose, again!.StartAt);
        Assert.Equal(etag, again.ETag);
    }

    protected static ReminderEntry Reminder(GrainId grain, string name, DateTime? startAt = null, TimeSpan? period = null) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = startAt ?? ApplicationsClose,
        Period = period ?? TimeSpan.FromMinutes(15),
    };

    /// <summary>"grain:name:etag" for each entry, in ordinal order, so whole results compare in one assertion.</summary>
    protected static List<string> Describe(IEnumerable<ReminderEntry> entries) =>
        [.. entries.Select(entry => $"{entry.GrainId}:{entry.ReminderName}:{entry.ETag}").Order(StringComparer.Ordinal)];

    private static uint Hash(GrainId grain) => grain.GetUniformHashCode();

    private static List<GrainId> Grains(ReminderTableData data) => Sorted([.. data.Reminders.Select(entry => entry.GrainId)]);

    private static List<GrainId> Sorted(params GrainId[] grains) => [.. grains.OrderBy(Hash)];

    // Three pitch-offer grains, one reminder each, ordered by their place on the ring.
    private async Task<(GrainId Low, GrainId Middle, GrainId High)> ThreeGrainsInHashOrder()
    {
        var grains = Sorted([.. Enumerable.Range(1, 3).Select(pitch => GrainId.Create("pitch-offer", $"northfield/2027-03-06/{pitch}"))]);
        Assert.Equal(3, grains.Select(Hash).Distinct().Count());
        Assert.NotEqual(0u, Hash(grains[0]));
        foreach (var grain in grains) await Table.UpsertRow(Reminder(grain, OfferExpires));
        return (grains[0], grains[1], grains[2]);
    }
}
