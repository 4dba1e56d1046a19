using EstateCommons.Domain.Markets;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Markets;

/// <summary>
/// The footfall counters registered at a market, keyed like the market ("site/market"). It holds only a hash of each
/// counter's token; the token itself is shown once, to the manager who registers the counter, and never stored.
/// </summary>
public interface IMarketCountersGrain : IGrainWithStringKey
{
    /// <summary>Registers a counter under a new id and makes its token (known here by its hash) work for this market.</summary>
    Task<FootfallCounter> Register(string name, string tokenHash);

    [ReadOnly]
    Task<IReadOnlyList<FootfallCounter>> List();

    /// <summary>Stops the counter's token working and removes it from the list; false when there is no such counter.</summary>
    Task<bool> Revoke(string counterId);
}

/// <summary>A registered footfall counter. Its figures are recorded under <see cref="Id"/>, never under its token.</summary>
[GenerateSerializer, Immutable]
public sealed record FootfallCounter(string Id, string Name, Instant RegisteredAt, string TokenHash);
