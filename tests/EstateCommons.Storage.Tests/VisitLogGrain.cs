using Orleans;
using Orleans.Runtime;

namespace EstateCommons.Storage.Tests;

public interface IVisitLogGrain : IGrainWithStringKey
{
    Task<int> RecordVisit(string visitor);
}

// Uses the default storage provider, so it exercises AddFileGrainStorageAsDefault end to end.
public sealed class VisitLogGrain([PersistentState("visits")] IPersistentState<VisitCounter> visits) : Grain, IVisitLogGrain
{
    public async Task<int> RecordVisit(string visitor)
    {
        visits.State.Visits++;
        visits.State.Visitors.Add(visitor);
        await visits.WriteStateAsync();
        return visits.State.Visits;
    }
}
