using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>
/// A table to download as CSV: a header and rows of plain values (numbers in invariant culture, null as an empty cell).
/// Report tables have columns that depend on the data (a column per hour, per kind), so they are written field by field.
/// </summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)
{
    public FileContentHttpResult ToFile(string fileName)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var name in Header) csv.WriteField(name);
            csv.NextRecord();
            foreach (var row in Rows)
            {
                foreach (var value in row) csv.WriteField(value);
                csv.NextRecord();
            }
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", fileName);
    }
}
