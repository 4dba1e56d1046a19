using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace EstateCommons.Server.Auth;

/// <summary>
/// The secret a footfall counter sends as <c>Authorization: Counter &lt;token&gt;</c>: 32 random bytes in base64url.
/// Only its SHA-256 hash is kept. A slow password hash is not needed: a 256-bit random token cannot be guessed, and a
/// fast hash keeps checking the token cheap on every upload.
/// </summary>
public static class CounterToken
{
    public const string Scheme = "Counter";

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The token in an Authorization header of the Counter scheme, or null when there is none.</summary>
    public static string? FromHeader(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase)) return null;
        var token = authorization[(Scheme.Length + 1)..].Trim();
        return token.Length is > 0 and <= 200 ? token : null;
    }
}
