using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EstateCommons.Storage.Documents;

/// <summary>
/// Names one stored document: 128 random bits as 32 lower-case hex digits. Unguessable, safe in URLs,
/// blob names and file names, and immune to case-insensitive file systems. Only <see cref="New"/> and
/// <see cref="TryParse"/> make one, so any id a store sees is already a safe path segment.
/// </summary>
[JsonConverter(typeof(DocumentIdJsonConverter))]
public readonly record struct DocumentId
{
    private const int Length = 32;

    private readonly string? _value;

    private DocumentId(string value) => _value = value;

    public static DocumentId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2)));

    /// <summary>Accepts only the exact form <see cref="ToString"/> produces; anything else is not an id.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentId id)
    {
        id = default;
        if (text is null || text.Length != Length) return false;
        foreach (var c in text)
        {
            if (c is not (>= '0' and <= '9' or >= 'a' and <= 'f')) return false;
        }
        id = new DocumentId(text);
        return true;
    }

    public static DocumentId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("Not a document id.");

    /// <summary>False for <c>default(DocumentId)</c>, which names no document.</summary>
    public bool IsValid => _value is not null;

    /// <summary>The id's text, for stores to build names from; throws for <c>default(DocumentId)</c>.</summary>
    internal string Value => _value ?? throw new ArgumentException("The default DocumentId names no document.");

    public override string ToString() => _value ?? "";
}

internal sealed class DocumentIdJsonConverter : JsonConverter<DocumentId>
{
    public override DocumentId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DocumentId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Not a document id.");

    public override void Write(Utf8JsonWriter writer, DocumentId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
