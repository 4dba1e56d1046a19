using EstateCommons.Domain.Markets;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Markets;

/// <summary>
/// What a counter's token opens, keyed by the token's SHA-256 hash (lower-case hex): the market and counter it counts
/// for. Looking a token up by its hash means the token is never stored, and an unknown one is simply not found.
/// </summary>
public interface IFootfallCounterGrain : IGrainWithStringKey
{
    /// <summary>The counter this token belongs to, or null when the token is unknown or revoked.</summary>
    [ReadOnly]
    Task<CounterAssignment?> Get();

    Task Assign(CounterAssignment assignment);

    /// <summary>Forgets the token, so it no longer opens anything. Idempotent.</summary>
    Task Revoke();
}

/// <summary>The market a counter counts for, and its id there.</summary>
[GenerateSerializer, Immutable]
public sealed record CounterAssignment(MarketRef Market, string CounterId);
