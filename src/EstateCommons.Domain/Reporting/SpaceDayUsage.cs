using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// How one space was used on one local day, in minutes measured on instants (so a day the clocks change is 23 or 25
/// hours long): the minutes it was open to book (opening hours less closures), the minutes confirmed bookings held
/// within them by the kind of organisation booking, the minutes co-located charities held under licence, and the
/// value given in kind (full-rate price less what was charged) by organisation kind — a day's <see cref="UsageTotals"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SpaceDayUsage(LocalDate Date, UsageTotals Usage);
