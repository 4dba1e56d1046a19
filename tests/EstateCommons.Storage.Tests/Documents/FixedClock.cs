using NodaTime;

namespace EstateCommons.Storage.Tests.Documents;

public sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
