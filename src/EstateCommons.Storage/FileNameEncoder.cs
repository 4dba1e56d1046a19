using System.Security.Cryptography;
using System.Text;

namespace EstateCommons.Storage;

// Grain keys are arbitrary strings ("st-marys/room-1", "a:b", "..", "Room" vs "room"), so each path
// segment is percent-encoded down to [a-z0-9-_]. Upper case is encoded too because Windows and macOS
// file systems ignore case, and '.' is encoded so no segment can be "." or ".." or clash with the
// ".json"/".tmp" suffixes. Every '%' is followed by two hex digits, so the empty string can safely
// encode as a lone "%" and decoding is unambiguous.
internal static class FileNameEncoder
{
    // NAME_MAX is 255 bytes; this leaves room for ".json" plus a temp file's ".<32 hex>.tmp".
    public const int MaxSegmentLength = 200;

    // Long segments keep a readable prefix and append a SHA-256 of the whole value after '~', a
    // character the plain encoding never emits, so hashed and unhashed names cannot collide.
    private const int HashedPrefixLength = 120;
    private const char HashMarker = '~';
    private const string EmptyValue = "%";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string value)
    {
        if (value.Length == 0) return EmptyValue;
        var utf8 = StrictUtf8.GetBytes(value);
        var builder = new StringBuilder(utf8.Length);
        foreach (var b in utf8)
        {
            if (IsSafe(b)) builder.Append((char)b);
            else builder.Append('%').Append(HexUpper(b >> 4)).Append(HexUpper(b & 0xF));
        }
        return builder.Length <= MaxSegmentLength ? builder.ToString() : Hashed(builder, utf8);
    }

    /// <summary>Reverses <see cref="Encode"/> for segments that were not hashed.</summary>
    public static string Decode(string segment)
    {
        if (segment == EmptyValue) return "";
        if (segment.Contains(HashMarker)) throw new ArgumentException("Hashed segments cannot be decoded.", nameof(segment));
        var bytes = new List<byte>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '%')
            {
                bytes.Add(Convert.ToByte(segment.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add((byte)segment[i]);
        }
        return StrictUtf8.GetString(bytes.ToArray());
    }

    private static bool IsSafe(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_';

    private static char HexUpper(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private static string Hashed(StringBuilder encoded, byte[] utf8)
    {
        var prefixLength = HashedPrefixLength;
        // Avoid cutting through a "%XX" escape, purely so the prefix stays readable.
        if (encoded[prefixLength - 1] == '%') prefixLength -= 1;
        else if (encoded[prefixLength - 2] == '%') prefixLength -= 2;
        return string.Concat(encoded.ToString(0, prefixLength), HashMarker.ToString(), Convert.ToHexStringLower(SHA256.HashData(utf8)));
    }
}
