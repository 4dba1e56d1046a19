using Microsoft.AspNetCore.Identity;

namespace EstateCommons.Server.Auth;

/// <summary>ASP.NET Core Identity's PasswordHasher (PBKDF2), used without the rest of Identity.</summary>
public sealed class PasswordHashing
{
    public const int MinimumLength = 10;

    private readonly PasswordHasher<string> _hasher = new();

    public string Hash(string email, string password) => _hasher.HashPassword(email, password);

    public bool Verify(string email, string hash, string password) =>
        _hasher.VerifyHashedPassword(email, hash, password) != PasswordVerificationResult.Failed;
}
