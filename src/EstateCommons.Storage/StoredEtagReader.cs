using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace EstateCommons.Storage;

// A write only needs the stored ETag, not the state, so it reads the envelope's first bytes (where
// "etag" is written first) and falls back to a full parse only for files shaped some other way.
internal static class StoredEtagReader
{
    private const int PrefixLength = 256;

    /// <summary>Returns false when no record is stored at <paramref name="path"/>.</summary>
    public static bool TryRead(string path, out string etag)
    {
        etag = "";
        if (!File.Exists(path)) return false;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        using (handle)
        {
            Span<byte> prefix = stackalloc byte[PrefixLength];
            var read = RandomAccess.Read(handle, prefix, 0);
            var isWholeFile = read < PrefixLength;
            if (TryReadLeadingEtag(prefix[..read], isWholeFile, out var leading))
            {
                etag = leading;
                return true;
            }
            etag = ReadEtagFromWholeFile(handle, path);
            return true;
        }
    }

    private static bool TryReadLeadingEtag(ReadOnlySpan<byte> json, bool isFinalBlock, out string etag)
    {
        etag = "";
        var reader = new Utf8JsonReader(json, isFinalBlock, default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("etag"u8)) return false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String) return false;
            etag = reader.GetString()!;
            return etag.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string ReadEtagFromWholeFile(SafeFileHandle handle, string path)
    {
        var bytes = new byte[RandomAccess.GetLength(handle)];
        RandomAccess.Read(handle, bytes, 0);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("etag", out var element)
                && element.ValueKind == JsonValueKind.String
                && element.GetString() is { Length: > 0 } etag)
            {
                return etag;
            }
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Grain storage record '{path}' is not valid JSON.", exception);
        }
        throw new InvalidDataException($"Grain storage record '{path}' has no etag.");
    }
}
