using System.Globalization;
using System.Text;

namespace EstateCommons.Storage.Documents;

// The uploader's file name is only ever shown, never used as a path, but it is shown to other people
// (market managers, admins), so directory parts, control characters and bidirectional overrides such as
// U+202E (which can make "invoice\u202Efdp.exe" look like "invoiceexe.pdf") are removed, along with the
// characters Windows refuses in file names, so "save as" with the shown name works.
internal static class DocumentFileName
{
    public const int MaxLength = 200;

    private const string Fallback = "document";
    private const int MaxExtensionLength = 16;

    public static string ForDisplay(string? original)
    {
        var name = original ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (IsUnsafe(rune)) continue;
            builder.Append(rune.ToString());
        }
        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length == 0) return Fallback;
        return cleaned.Length <= MaxLength ? cleaned : Shorten(cleaned);
    }

    private static bool IsUnsafe(Rune rune) =>
        rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*' || Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or
            UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    // Keeps the extension, because that is what tells the reader what kind of file it is.
    private static string Shorten(string name)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength ? name[dot..] : "";
        var stem = name[..^extension.Length];
        var keep = MaxLength - extension.Length;
        if (char.IsHighSurrogate(stem[keep - 1])) keep--;
        return stem[..keep].TrimEnd() + extension;
    }
}
