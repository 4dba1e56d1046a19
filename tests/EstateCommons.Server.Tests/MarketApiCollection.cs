namespace EstateCommons.Server.Tests;

/// <summary>
/// Market tests move the clock through a market's life (applications, allocation, the day, after it), so they get a
/// server and clock of their own rather than sharing the booking tests' fixed clock.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MarketApiCollection : ICollectionFixture<EstateApi>
{
    public const string Name = "market api";
}
