using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace EstateCommons.Storage.Tests;

/// <summary>
/// What any grain storage used by Estate Commons must do, whatever it stores to. Derive, supply a fresh,
/// empty storage from <see cref="CreateStorage"/>, and every case runs against it.
/// </summary>
public abstract class GrainStorageContract
{
    protected const string CalendarState = "calendar-202703";

    protected static readonly GrainId Room = GrainId.Create("space", "st-marys/room-1");

    private IGrainStorage? _storage;

    protected IGrainStorage Storage => _storage ??= CreateStorage();

    protected abstract IGrainStorage CreateStorage();

    [Fact]
    public async Task Reading_a_missing_record_gives_new_state_no_etag_and_no_record()
    {
        var state = new GrainState<VisitCounter>();

        await Storage.ReadStateAsync("visits", Room, state);

        Assert.NotNull(state.State);
        Assert.Equal(0, state.State!.Visits);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task Reading_a_missing_record_of_a_type_without_a_parameterless_constructor_gives_default_state()
    {
        var state = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());

        await Storage.ReadStateAsync(CalendarState, Room, state);

        Assert.Null(state.State);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task A_first_write_is_read_back_equal_including_nodatime_values_lists_and_enum_keyed_dictionaries()
    {
        var written = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());

        await Storage.WriteStateAsync(CalendarState, Room, written);
        var read = await ReadCalendar(CalendarState, Room);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        AssertSameCalendar(SpaceCalendar.Sample(), read.State);
    }

    [Fact]
    public async Task A_write_with_the_current_etag_succeeds_and_changes_the_etag()
    {
        var state = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());
        await Storage.WriteStateAsync(CalendarState, Room, state);
        var firstEtag = state.ETag;

        state.State = SpaceCalendar.Sample(revision: 1);
        await Storage.WriteStateAsync(CalendarState, Room, state);
        var read = await ReadCalendar(CalendarState, Room);

        Assert.NotEqual(firstEtag, state.ETag);
        Assert.Equal(state.ETag, read.ETag);
        AssertSameCalendar(SpaceCalendar.Sample(revision: 1), read.State);
    }

    [Fact]
    public async Task A_write_after_reading_the_record_back_succeeds()
    {
        await Storage.WriteStateAsync(CalendarState, Room, new GrainState<SpaceCalendar>(SpaceCalendar.Sample()));
        var reloaded = await ReadCalendar(CalendarState, Room);

        reloaded.State = SpaceCalendar.Sample(revision: 2);
        await Storage.WriteStateAsync(CalendarState, Room, reloaded);

        AssertSameCalendar(SpaceCalendar.Sample(revision: 2), (await ReadCalendar(CalendarState, Room)).State);
    }

    [Fact]
    public async Task Write_with_a_stale_etag_is_rejected_and_the_stored_record_is_unchanged()
    {
        var current = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());
        await Storage.WriteStateAsync(CalendarState, Room, current);
        var stale = new GrainState<SpaceCalendar>(SpaceCalendar.Sample(revision: 9), current.ETag);
        current.State = SpaceCalendar.Sample(revision: 1);
        await Storage.WriteStateAsync(CalendarState, Room, current);

        var rejection = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(CalendarState, Room, stale));
        var read = await ReadCalendar(CalendarState, Room);

        Assert.Equal(current.ETag, rejection.StoredEtag);
        Assert.Equal(current.ETag, read.ETag);
        AssertSameCalendar(SpaceCalendar.Sample(revision: 1), read.State);
    }

    [Fact]
    public async Task A_first_write_is_rejected_when_the_record_already_exists()
    {
        await Storage.WriteStateAsync(CalendarState, Room, new GrainState<SpaceCalendar>(SpaceCalendar.Sample()));
        var unaware = new GrainState<SpaceCalendar>(SpaceCalendar.Sample(revision: 5));

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(CalendarState, Room, unaware));

        AssertSameCalendar(SpaceCalendar.Sample(), (await ReadCalendar(CalendarState, Room)).State);
    }

    [Fact]
    public async Task A_write_expecting_a_record_that_does_not_exist_is_rejected()
    {
        var imagined = new GrainState<SpaceCalendar>(SpaceCalendar.Sample(), "no-such-etag");

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(CalendarState, Room, imagined));

        Assert.False((await ReadCalendar(CalendarState, Room)).RecordExists);
    }

    [Fact]
    public async Task A_cleared_record_reads_as_missing_and_the_grain_state_is_reset()
    {
        var state = new GrainState<VisitCounter>(new VisitCounter { Visits = 3 });
        await Storage.WriteStateAsync("visits", Room, state);

        await Storage.ClearStateAsync("visits", Room, state);
        var read = new GrainState<VisitCounter>();
        await Storage.ReadStateAsync("visits", Room, read);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(0, state.State!.Visits);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task A_record_can_be_written_again_after_it_was_cleared()
    {
        var state = new GrainState<VisitCounter>(new VisitCounter { Visits = 1 });
        await Storage.WriteStateAsync("visits", Room, state);
        await Storage.ClearStateAsync("visits", Room, state);

        state.State = new VisitCounter { Visits = 2 };
        await Storage.WriteStateAsync("visits", Room, state);
        var read = new GrainState<VisitCounter>();
        await Storage.ReadStateAsync("visits", Room, read);

        Assert.Equal(2, read.State!.Visits);
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_is_rejected_and_the_record_is_kept()
    {
        var current = new GrainState<VisitCounter>(new VisitCounter { Visits = 1 });
        await Storage.WriteStateAsync("visits", Room, current);
        var stale = new GrainState<VisitCounter>(current.State, current.ETag);
        current.State = new VisitCounter { Visits = 2 };
        await Storage.WriteStateAsync("visits", Room, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("visits", Room, stale));
        var read = new GrainState<VisitCounter>();
        await Storage.ReadStateAsync("visits", Room, read);

        Assert.True(read.RecordExists);
        Assert.Equal(2, read.State!.Visits);
    }

    [Fact]
    public async Task Clear_without_an_etag_is_rejected_when_a_record_exists_and_does_nothing_when_none_does()
    {
        await Storage.WriteStateAsync("visits", Room, new GrainState<VisitCounter>(new VisitCounter { Visits = 1 }));
        var unaware = new GrainState<VisitCounter>();
        var empty = new GrainState<VisitCounter>();

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("visits", Room, unaware));
        await Storage.ClearStateAsync("visits", GrainId.Create("space", "never-written"), empty);

        var read = new GrainState<VisitCounter>();
        await Storage.ReadStateAsync("visits", Room, read);
        Assert.Equal(1, read.State!.Visits);
        Assert.False(empty.RecordExists);
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_succeeds()
    {
        var original = new GrainState<VisitCounter>(new VisitCounter());
        await Storage.WriteStateAsync("visits", Room, original);
        const int writers = 16;

        var attempts = Enumerable.Range(1, writers).Select(visits => Task.Run(async () =>
        {
            var contender = new GrainState<VisitCounter>(new VisitCounter { Visits = visits }, original.ETag);
            try
            {
                await Storage.WriteStateAsync("visits", Room, contender);
                return (Won: true, Visits: visits);
            }
            catch (InconsistentStateException)
            {
                return (Won: false, Visits: visits);
            }
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);
        var read = new GrainState<VisitCounter>();
        await Storage.ReadStateAsync("visits", Room, read);

        var winner = Assert.Single(outcomes, outcome => outcome.Won);
        Assert.Equal(writers - 1, outcomes.Count(outcome => !outcome.Won));
        Assert.Equal(winner.Visits, read.State!.Visits);
    }

    [Fact]
    public async Task Different_state_names_of_one_grain_are_independent_records()
    {
        var march = new GrainState<SpaceCalendar>(SpaceCalendar.Sample("March"));
        var april = new GrainState<SpaceCalendar>(SpaceCalendar.Sample("April"));
        await Storage.WriteStateAsync("calendar-202703", Room, march);
        await Storage.WriteStateAsync("calendar-202704", Room, april);

        await Storage.ClearStateAsync("calendar-202703", Room, march);

        Assert.False((await ReadCalendar("calendar-202703", Room)).RecordExists);
        Assert.Equal("April", (await ReadCalendar("calendar-202704", Room)).State!.SpaceName);
    }

    [Fact]
    public async Task Grains_whose_keys_differ_only_in_case_or_punctuation_are_independent_records()
    {
        GrainId[] grains =
        [
            GrainId.Create("space", "st-marys/room-1"),
            GrainId.Create("space", "St-Marys/Room-1"),
            GrainId.Create("space", "st-marys%2Froom-1"),
            GrainId.Create("space", "st-marys:room-1"),
            GrainId.Create("space", "st-marys.room-1"),
            GrainId.Create("space", ".."),
            GrainId.Create("Space", "st-marys/room-1"),
        ];

        foreach (var grain in grains)
        {
            await Storage.WriteStateAsync(CalendarState, grain, new GrainState<SpaceCalendar>(SpaceCalendar.Sample(grain.ToString())));
        }

        foreach (var grain in grains)
        {
            Assert.Equal(grain.ToString(), (await ReadCalendar(CalendarState, grain)).State!.SpaceName);
        }
    }

    protected async Task<GrainState<SpaceCalendar>> ReadCalendar(string stateName, GrainId grainId)
    {
        var state = new GrainState<SpaceCalendar>();
        await Storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    protected static void AssertSameCalendar(SpaceCalendar expected, SpaceCalendar? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.SpaceName, actual.SpaceName);
        Assert.Equal(expected.Month, actual.Month);
        Assert.Equal(expected.FirstDay, actual.FirstDay);
        Assert.Equal(expected.OpensAt, actual.OpensAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.Slots, actual.Slots);
        Assert.Equal(
            expected.SlotsByKind.OrderBy(pair => pair.Key),
            actual.SlotsByKind.OrderBy(pair => pair.Key));
    }
}
