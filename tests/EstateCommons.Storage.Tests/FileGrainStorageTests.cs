using System.Text;
using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace EstateCommons.Storage.Tests;

public sealed class FileGrainStorageTests : GrainStorageContract, IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly List<FileGrainStorage> _created = [];

    protected override IGrainStorage CreateStorage() => Create();

    public void Dispose()
    {
        foreach (var storage in _created) storage.Dispose();
        _root.Dispose();
    }

    [Fact]
    public async Task Each_record_is_a_json_file_under_grain_type_grain_key_and_state_name()
    {
        await Storage.WriteStateAsync(CalendarState, Room, new GrainState<SpaceCalendar>(SpaceCalendar.Sample()));

        Assert.True(File.Exists(Path.Join(_root.Path, "space", "st-marys%2Froom-1", "calendar-202703.json")));
    }

    [Fact]
    public async Task The_file_holds_the_etag_first_then_camel_cased_state_with_enum_names_and_iso_dates()
    {
        var state = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());
        await Storage.WriteStateAsync(CalendarState, Room, state);

        var json = await File.ReadAllTextAsync(RecordFile(CalendarState));

        Assert.StartsWith($$"""{"etag":"{{state.ETag}}","state":{"spaceName":"Room 1","month":"2027-03","firstDay":"2027-03-01",""", json);
        Assert.Contains("\"kind\":\"Maintenance\"", json);
        Assert.Contains("\"slotsByKind\":{\"Standard\":1,\"Maintenance\":1}", json);
    }

    [Fact]
    public async Task A_temp_file_left_by_a_crash_mid_write_does_not_affect_reads()
    {
        var state = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());
        await Storage.WriteStateAsync(CalendarState, Room, state);
        await File.WriteAllTextAsync(RecordFile(CalendarState) + $".{Guid.NewGuid():N}.tmp", """{"etag":"torn","state":{"spaceN""");

        var read = await ReadCalendar(CalendarState, Room);
        state.State = SpaceCalendar.Sample(revision: 1);
        await Storage.WriteStateAsync(CalendarState, Room, state);

        Assert.Equal(SpaceCalendar.Sample().SpaceName, read.State!.SpaceName);
        Assert.NotEqual(state.ETag, read.ETag);
    }

    [Fact]
    public async Task A_temp_file_left_by_a_crash_before_the_first_write_reads_as_missing()
    {
        var recordFile = RecordFile(CalendarState);
        Directory.CreateDirectory(Path.GetDirectoryName(recordFile)!);
        await File.WriteAllTextAsync(recordFile + $".{Guid.NewGuid():N}.tmp", """{"etag":"to""");

        var read = await ReadCalendar(CalendarState, Room);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task Reading_removes_abandoned_temp_files_but_leaves_fresh_ones_to_their_writers()
    {
        await Storage.WriteStateAsync(CalendarState, Room, new GrainState<SpaceCalendar>(SpaceCalendar.Sample()));
        var abandoned = RecordFile(CalendarState) + $".{Guid.NewGuid():N}.tmp";
        var fresh = RecordFile(CalendarState) + $".{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(abandoned, "{");
        await File.WriteAllTextAsync(fresh, "{");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddMinutes(-5));

        await ReadCalendar(CalendarState, Room);

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public async Task A_successful_write_leaves_no_temp_file_behind()
    {
        var state = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());
        await Storage.WriteStateAsync(CalendarState, Room, state);
        state.State = SpaceCalendar.Sample(revision: 1);
        await Storage.WriteStateAsync(CalendarState, Room, state);

        var files = Directory.GetFiles(Path.GetDirectoryName(RecordFile(CalendarState))!);

        Assert.Equal([RecordFile(CalendarState)], files);
    }

    [Fact]
    public async Task A_corrupt_record_fails_the_read_instead_of_reading_as_missing()
    {
        await Storage.WriteStateAsync(CalendarState, Room, new GrainState<SpaceCalendar>(SpaceCalendar.Sample()));
        await File.WriteAllTextAsync(RecordFile(CalendarState), """{"etag":"x","state":{"spaceName":""");

        await Assert.ThrowsAsync<InvalidDataException>(() => ReadCalendar(CalendarState, Room));
    }

    [Fact]
    public async Task Records_survive_a_new_storage_instance_over_the_same_directory()
    {
        var state = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());
        await Storage.WriteStateAsync(CalendarState, Room, state);

        var reopened = new GrainState<SpaceCalendar>();
        await Create().ReadStateAsync(CalendarState, Room, reopened);

        Assert.Equal(state.ETag, reopened.ETag);
        AssertSameCalendar(SpaceCalendar.Sample(), reopened.State);
    }

    [Fact]
    public async Task Two_storage_instances_over_one_directory_admit_only_one_writer_per_etag()
    {
        var original = new GrainState<VisitCounter>(new VisitCounter());
        await Storage.WriteStateAsync("visits", Room, original);
        FileGrainStorage[] silos = [Create(), Create()];

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                var contender = new GrainState<VisitCounter>(new VisitCounter { Visits = i }, original.ETag);
                await silos[i % 2].WriteStateAsync("visits", Room, contender);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(await Task.WhenAll(attempts), won => won);
    }

    [Fact]
    public async Task Very_long_keys_and_state_names_get_file_names_within_the_255_byte_limit()
    {
        var grain = GrainId.Create("space", string.Concat(Enumerable.Repeat("long/key/é", 120)));
        var stateName = new string('s', 400);
        var state = new GrainState<VisitCounter>(new VisitCounter { Visits = 7 });

        await Storage.WriteStateAsync(stateName, grain, state);
        var read = new GrainState<VisitCounter>();
        await Storage.ReadStateAsync(stateName, grain, read);

        Assert.Equal(7, read.State!.Visits);
        foreach (var entry in Directory.EnumerateFileSystemEntries(_root.Path, "*", SearchOption.AllDirectories))
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(Path.GetFileName(entry)), 1, 255);
        }
    }

    [Fact]
    public async Task Supplied_serializer_options_are_used_for_the_state()
    {
        var options = FileGrainStorageJson.CreateDefaultOptions();
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        var storage = Create(options);

        await storage.WriteStateAsync(CalendarState, Room, new GrainState<SpaceCalendar>(SpaceCalendar.Sample()));
        var read = new GrainState<SpaceCalendar>();
        await storage.ReadStateAsync(CalendarState, Room, read);

        Assert.Contains("\"space_name\":", await File.ReadAllTextAsync(RecordFile(CalendarState)));
        AssertSameCalendar(SpaceCalendar.Sample(), read.State);
    }

    [Fact]
    public void A_root_directory_is_required()
    {
        Assert.Throws<ArgumentException>(() => new FileGrainStorage("test", new FileGrainStorageOptions()));
    }

    private FileGrainStorage Create(JsonSerializerOptions? serializerOptions = null)
    {
        var storage = new FileGrainStorage("test", new FileGrainStorageOptions
        {
            RootDirectory = _root.Path,
            SerializerOptions = serializerOptions,
        });
        _created.Add(storage);
        return storage;
    }

    private string RecordFile(string stateName) => RecordPath.For(_root.Path, Room, stateName);
}
