using System.Security.Cryptography;

namespace EstateCommons.Server.Api;

/// <summary>
/// Random ids for things people register (organisations, sellers): a prefix and ten characters without look-alikes
/// (no i, l, o, 0 or 1), so an id can be read out over the phone.
/// </summary>
public static class GeneratedId
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>
    /// Draws ids until <paramref name="create"/> accepts one. Create refuses an id already taken, so a (vanishingly
    /// rare) collision just draws again.
    /// </summary>
    public static async Task<string> Claim(string prefix, Func<string, Task<bool>> create)
    {
        string id;
        do
        {
            id = prefix + RandomNumberGenerator.GetString(Alphabet, 10);
        }
        while (!await create(id));
        return id;
    }
}
