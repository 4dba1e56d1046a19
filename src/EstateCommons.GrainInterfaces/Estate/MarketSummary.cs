namespace EstateCommons.GrainInterfaces.Estate;

/// <summary>What a site keeps about each of its food markets, enough to list them and find what is on without waking each market.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketSummary(string MarketId, string Name, string Location);
