using System.Text.RegularExpressions;
using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// A quarter of the NHS financial year, which runs April to March: 2027-28 Q1 is April to June 2027, Q4 is January to
/// March 2028. Boards and NHS England report on these quarters, so the social-value statement does too.
/// Written as "2027-28-Q1" in addresses and "2027/28 Q1" for people.
/// </summary>
[GenerateSerializer, Immutable]
public sealed partial record FinancialQuarter(int StartYear, int Number)
{
    public LocalDate First => new LocalDate(StartYear, 4, 1).PlusMonths(3 * (Number - 1));

    public LocalDate Last => First.PlusMonths(3).PlusDays(-1);

    public string Code => $"{StartYear}-{(StartYear + 1) % 100:D2}-Q{Number}";

    public string Label => $"{StartYear}/{(StartYear + 1) % 100:D2} Q{Number}";

    public static FinancialQuarter Containing(LocalDate date)
    {
        var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
        return new FinancialQuarter(startYear, (date.Month + 8) % 12 / 3 + 1);
    }

    public static bool TryParse(string? text, out FinancialQuarter quarter)
    {
        quarter = null!;
        var match = Pattern().Match(text ?? "");
        if (!match.Success) return false;
        var start = int.Parse(match.Groups[1].Value);
        if (int.Parse(match.Groups[2].Value) != (start + 1) % 100) return false;
        quarter = new FinancialQuarter(start, int.Parse(match.Groups[3].Value));
        return true;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-Q([1-4])$")]
    private static partial Regex Pattern();
}
