using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Estate;

/// <summary>An NHS trust: its name, its estates managers (by email) and the ids of its sites.</summary>
public interface ITrustGrain : IGrainWithStringKey
{
    /// <summary>False when a trust with this id already exists (nothing changes).</summary>
    Task<bool> Create(string name);

    [ReadOnly]
    Task<TrustDetails?> Get();

    Task AddManager(string email);

    Task AddSite(string siteId);
}
