using System.Text.Json;
using EstateCommons.Domain.Calendar;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class BoundedWriteTests(TwoSiloCluster cluster)
{
    [Fact]
    public async Task A_booking_rewrites_only_its_own_day_however_long_the_history()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        // Two years of history (January 2027 to December 2028), one booking a week.
        var start = new LocalDate(2027, 1, 4);
        for (var week = 0; week < 104; week++)
        {
            var day = start.PlusWeeks(week);
            Assert.True((await space.Book(Estate.Request(organisation, $"{LocalClock.Format(day)}T10:00", $"{LocalClock.Format(day)}T11:00"), Estate.Hold)).Succeeded);
        }
        var before = SpaceRecords(space.GetPrimaryKeyString());

        var latest = await space.Book(Estate.Request(organisation, "2028-12-30T15:00", "2028-12-30T16:00"), Estate.Hold);

        Assert.True(latest.Succeeded);
        var after = SpaceRecords(space.GetPrimaryKeyString());
        var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var old) || old.Written != kv.Value.Written).Select(kv => kv.Key).ToList();
        Assert.Equal(["calendar-2028-12-30"], changed);
        // The page written holds that day's booking, not the history.
        Assert.Equal(1, after["calendar-2028-12-30"].Bookings);
        Assert.Equal(105, after.Keys.Count(k => k.StartsWith("calendar-", StringComparison.Ordinal)));
    }

    /// <summary>Each stored record of the space grain: its state name, when it was written, and how many bookings it holds.</summary>
    private Dictionary<string, (DateTime Written, int Bookings)> SpaceRecords(string spaceKey)
    {
        // Records live at <root>/<grain type>/<encoded grain key>/<state name>.json; the site id survives encoding as is.
        var siteId = spaceKey.Split('/')[0];
        var grainDirectory = Directory.EnumerateDirectories(Path.Combine(cluster.DataPath, "space"))
            .Single(d => Path.GetFileName(d).StartsWith(siteId, StringComparison.Ordinal));
        var files = Directory.EnumerateFiles(grainDirectory, "*.json").ToList();
        Assert.NotEmpty(files);
        return files.ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => (File.GetLastWriteTimeUtc(f), CountBookings(File.ReadAllText(f))));
    }

    private static int CountBookings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var count = 0;
        Walk(document.RootElement);
        return count;

        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("bookings") && property.Value.ValueKind == JsonValueKind.Array) count += property.Value.GetArrayLength();
                    else Walk(property.Value);
                }
            }
        }
    }
}
