using EstateCommons.Storage.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;

namespace EstateCommons.Storage.Tests.Reminders;

public sealed class FileReminderTableSiloTests : IDisposable
{
    // Orleans' default minimum period is a minute; the test shortens it so a periodic reminder ticks within seconds.
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TickTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void The_silo_uses_the_file_table_for_its_reminders()
    {
        using var host = TestSilo.Build(silo => Configure(silo));

        Assert.IsType<FileReminderTable>(host.Services.GetRequiredService<IReminderTable>());
    }

    [Fact]
    public async Task A_registered_reminder_fires_and_is_in_the_files_after_the_silo_stops()
    {
        GrainId offer;
        await using (var silo = await Start())
        {
            var grain = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IOfferExpiryGrain>("northfield/2027-03-06/pitch-12");
            offer = grain.GetGrainId();

            await grain.Schedule("offer-expires", TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));

            Assert.Equal($"{offer}:offer-expires", await silo.Services.GetRequiredService<ReminderFirings>().Next(TickTimeout));
        }

        using var table = OpenTable();
        var stored = await table.ReadRow(offer, "offer-expires");
        Assert.NotNull(stored);
        Assert.Equal(TimeSpan.FromHours(1), stored.Period);
        Assert.Single(Directory.GetFiles(_root.Path, "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_reminder_keeps_firing_after_the_silo_restarts_and_a_cancellation_is_kept_too()
    {
        const string Key = "northfield/2027-03-06/pitch-7";
        await using (var first = await Start())
        {
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IOfferExpiryGrain>(Key).Schedule("offer-expires", Period, Period);
        }

        GrainId offer;
        await using (var second = await Start())
        {
            // Nothing calls the grain: only the reminder, read back from the files, can activate it.
            var grain = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IOfferExpiryGrain>(Key);
            offer = grain.GetGrainId();
            Assert.Equal($"{offer}:offer-expires", await second.Services.GetRequiredService<ReminderFirings>().Next(TickTimeout));

            await grain.Cancel("offer-expires");
        }

        using var table = OpenTable();
        Assert.Empty((await table.ReadRows(offer)).Reminders);
    }

    private Task<StartedSilo> Start() => TestSilo.Start(silo => Configure(silo));

    private ISiloBuilder Configure(ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ReminderFirings>();
        silo.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = Period);
        return silo.AddFileReminderTable(options => options.RootDirectory = _root.Path);
    }

    private FileReminderTable OpenTable() => new(new FileReminderTableOptions { RootDirectory = _root.Path });
}
