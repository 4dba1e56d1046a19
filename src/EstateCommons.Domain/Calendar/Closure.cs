using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>Whole local days a space is shut, both ends included, with the reason people are shown.</summary>
[GenerateSerializer, Immutable]
public sealed record Closure(LocalDate From, LocalDate To, string Reason)
{
    public bool Covers(LocalDate date) => date >= From && date <= To;
}
