using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;

namespace EstateCommons.Storage.Tests;

/// <summary>
/// What any grain storage must do inside a real silo. Derive, register the storage as the silo's default in
/// <see cref="AddDefaultStorage"/>, over the same place every time, and every case runs.
/// </summary>
public abstract class GrainStorageSiloContract
{
    protected abstract void AddDefaultStorage(ISiloBuilder silo);

    [Fact]
    public async Task Grain_state_written_through_a_silo_is_there_after_the_silo_restarts()
    {
        await using (var first = await TestSilo.Start(AddDefaultStorage))
        {
            var grain = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IVisitLogGrain>("st-marys/room-1");
            await grain.RecordVisit("ada");
            Assert.Equal(2, await grain.RecordVisit("grace"));
        }

        await using var second = await TestSilo.Start(AddDefaultStorage);
        var reloaded = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IVisitLogGrain>("st-marys/room-1");

        Assert.Equal(3, await reloaded.RecordVisit("alan"));
    }
}
