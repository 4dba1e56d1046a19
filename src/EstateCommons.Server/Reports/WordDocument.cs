using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EstateCommons.Server.Reports;

/// <summary>
/// A plain Word document built up in order: a title, headings, paragraphs and simple bordered tables. It carries its
/// own title and heading styles, so the document reads the same in Word, LibreOffice and a browser preview.
/// </summary>
public sealed class WordDocument
{
    private readonly Body _body = new();

    public WordDocument Title(string text) => Add(Styled("Title", text));

    public WordDocument Subtitle(string text) => Add(Styled("Subtitle", text));

    public WordDocument Heading(string text) => Add(Styled("Heading1", text));

    public WordDocument Paragraph(string text) => Add(new Paragraph(TextRun(text)));

    /// <summary>A table whose first row is the header, set in bold.</summary>
    public WordDocument Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(borders, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(header, bold: true));
        foreach (var row in rows) table.Append(Row(row, bold: false));
        _body.Append(table);
        return Paragraph("");
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.Document = new Document((Body)_body.CloneNode(true));
        }
        return stream.ToArray();
    }

    private WordDocument Add(Paragraph paragraph)
    {
        _body.Append(paragraph);
        return this;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(text => new TableCell(new Paragraph(TextRun(text, bold)))));

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text));

    private static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Styles Styles() => new(
        ParagraphStyle("Title", "Title", halfPoints: 40, bold: true),
        ParagraphStyle("Subtitle", "Subtitle", halfPoints: 26, bold: false),
        ParagraphStyle("Heading1", "heading 1", halfPoints: 30, bold: true));

    private static Style ParagraphStyle(string id, string name, int halfPoints, bool bold)
    {
        var run = new StyleRunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold) run.PrependChild(new Bold());
        return new Style(
            new StyleName { Val = name },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            run)
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
