using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace EstateCommons.Server.Tests;

/// <summary>Reads the reports' downloads as a spreadsheet or word processor would: CSV tables by column name, and a Word document's text.</summary>
public static class ReportDownloads
{
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> Csv(ApiClient client, string path)
    {
        var response = await client.Get(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (await csv.ReadAsync()) rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        return rows;
    }

    public static long Sum(IEnumerable<IReadOnlyDictionary<string, string>> rows, string column) =>
        rows.Sum(r => long.Parse(r[column], CultureInfo.InvariantCulture));

    /// <summary>The document's file name and the text of its body, paragraph by paragraph and cell by cell, once it is known to be valid Word XML.</summary>
    public static async Task<(string FileName, string Text)> WordText(ApiClient client, string path)
    {
        var response = await client.Get(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var invalid = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        return (response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? "", text);
    }
}
