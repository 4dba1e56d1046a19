using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class ReminderHostingTests(EstateApi api)
{
    [Fact]
    public async Task The_embedded_silo_keeps_reminders_in_files_under_the_data_directory()
    {
        var table = api.Services.GetRequiredService<IReminderTable>();
        var marketDay = GrainId.Create("market-day", "hosting-test/2027-03-06");
        var etag = await table.UpsertRow(new ReminderEntry
        {
            GrainId = marketDay,
            ReminderName = "application-window-closes",
            StartAt = DateTime.UtcNow.AddDays(30),
            Period = TimeSpan.FromDays(7),
        });
        try
        {
            // Other grains (spaces reporting their usage ahead) keep reminders in the same table; this one has a file of its own.
            var files = Directory.GetFiles(Path.Combine(api.DataPath, "reminders"), "*.json", SearchOption.AllDirectories);
            Assert.Single(files, f => File.ReadAllText(f).Contains("application-window-closes"));
        }
        finally
        {
            await table.RemoveRow(marketDay, "application-window-closes", etag!);
        }
    }
}
