using System.Security.Cryptography;
using System.Text;

namespace EstateCommons.StripeFake;

/// <summary>
/// A webhook delivery as Stripe sends it: the event JSON exactly as signed, and its <c>Stripe-Signature</c> header,
/// <c>t={unix seconds},v1={hex HMAC-SHA256 of "{t}.{payload}" keyed with the endpoint's secret}</c>.
/// </summary>
public sealed record SignedEvent(string EventId, string Payload, string SignatureHeader, DateTimeOffset SignedAt)
{
    internal static SignedEvent Sign(string eventId, string payload, string secret, DateTimeOffset signedAt)
    {
        var timestamp = signedAt.ToUnixTimeSeconds();
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return new SignedEvent(eventId, payload, $"t={timestamp},v1={Convert.ToHexStringLower(signature)}", signedAt);
    }
}
