using Azure.Storage.Blobs;
using EstateCommons.Storage.AzureBlob;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace EstateCommons.Storage.Tests.AzureBlob;

[Collection(Azurite.Collection)]
public sealed class BlobGrainStorageTests(Azurite azurite) : GrainStorageContract
{
    private readonly BlobContainerClient _container = azurite.NewContainer();

    protected override IGrainStorage CreateStorage() => Create();

    [Fact]
    public async Task Each_record_is_a_json_blob_under_grain_type_grain_key_and_state_name_whose_etag_is_the_records()
    {
        var state = new GrainState<SpaceCalendar>(SpaceCalendar.Sample());

        await Storage.WriteStateAsync(CalendarState, Room, state);

        var blob = _container.GetBlobClient("space/st-marys%2Froom-1/calendar-202703.json");
        var stored = (await blob.DownloadContentAsync()).Value;
        Assert.Equal("application/json", stored.Details.ContentType);
        Assert.Equal(state.ETag, stored.Details.ETag.ToString());
        Assert.StartsWith("""{"spaceName":"Room 1","month":"2027-03","firstDay":"2027-03-01",""", stored.Content.ToString());
        Assert.Contains("\"slotsByKind\":{\"Standard\":1,\"Maintenance\":1}", stored.Content.ToString());
    }

    [Fact]
    public async Task The_container_is_created_by_the_first_write_and_reads_before_it_find_nothing()
    {
        var before = await ReadCalendar(CalendarState, Room);

        await Storage.WriteStateAsync(CalendarState, Room, new GrainState<SpaceCalendar>(SpaceCalendar.Sample()));

        Assert.False(before.RecordExists);
        Assert.True((await _container.ExistsAsync()).Value);
        Assert.True((await ReadCalendar(CalendarState, Room)).RecordExists);
    }

    [Fact]
    public async Task Storages_in_different_silos_over_one_container_admit_only_one_writer_per_etag()
    {
        var original = new GrainState<VisitCounter>(new VisitCounter());
        await Storage.WriteStateAsync("visits", Room, original);
        BlobGrainStorage[] silos = [Create(), Create()];

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await silos[i % 2].WriteStateAsync("visits", Room, new GrainState<VisitCounter>(new VisitCounter { Visits = i }, original.ETag));
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task A_name_prefix_keeps_grain_records_apart_from_other_blobs_in_a_shared_container()
    {
        var prefixed = Create(namePrefix: "grains/");

        await prefixed.WriteStateAsync("visits", Room, new GrainState<VisitCounter>(new VisitCounter { Visits = 4 }));

        Assert.Equal(["grains/space/st-marys%2Froom-1/visits.json"], _container.GetBlobs().Select(blob => blob.Name));
        Assert.False((await ReadVisits(Storage)).RecordExists);
        Assert.Equal(4, (await ReadVisits(prefixed)).State!.Visits);
    }

    private BlobGrainStorage Create(string namePrefix = "") => new("test", new BlobGrainStorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        ContainerName = _container.Name,
        NamePrefix = namePrefix,
    });

    private static async Task<GrainState<VisitCounter>> ReadVisits(IGrainStorage storage)
    {
        var state = new GrainState<VisitCounter>();
        await storage.ReadStateAsync("visits", Room, state);
        return state;
    }
}
