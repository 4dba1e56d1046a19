using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// How far ahead spaces and markets report their days to the roll-ups before anything happens on them: to the end of
/// the third month after today's, so a report on the coming quarter finds every day open to book or to trade.
/// </summary>
public static class ReportingHorizon
{
    public static LocalDate Through(LocalDate today) => today.PlusMonths(3).With(DateAdjusters.EndOfMonth);
}
