using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.Server.Api;

namespace EstateCommons.Server.Auth;

/// <summary>Registering an account and checking its password: the same rules for the API and the web pages.</summary>
public static class AccountCredentials
{
    /// <summary>The account's email (normalised) when the email and password are a registered account's; otherwise null.</summary>
    public static async Task<string?> Verify(string? email, string? password, IGrainFactory grains, PasswordHashing passwords)
    {
        var normalised = AccountsApi.NormaliseEmail(email);
        var hash = normalised is null ? null : await grains.GetGrain<IAccountGrain>(normalised).GetPasswordHash();
        return hash is not null && password is not null && passwords.Verify(normalised!, hash, password) ? normalised : null;
    }

    /// <summary>What is wrong with the details for a new account, by field (email, password, name); empty when they will do.</summary>
    public static IReadOnlyList<FieldError> Check(string? email, string? password, string? name)
    {
        var errors = new List<FieldError>();
        if (AccountsApi.NormaliseEmail(email) is null) errors.Add(new FieldError("email", "Give an email address, like name@example.org."));
        if (password is not { Length: >= PasswordHashing.MinimumLength and <= 200 }) errors.Add(new FieldError("password", $"Choose a password of at least {PasswordHashing.MinimumLength} characters."));
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors.Add(new FieldError("name", "Give your name."));
        return errors;
    }

    /// <summary>Registers details that passed <see cref="Check"/>. Null when an account with that email already exists.</summary>
    public static async Task<AccountProfile?> Register(string email, string password, string name, bool seller, bool staff, IGrainFactory grains, PasswordHashing passwords)
    {
        var normalised = AccountsApi.NormaliseEmail(email) ?? throw new ArgumentException("Check the details first.", nameof(email));
        var account = grains.GetGrain<IAccountGrain>(normalised);
        return await account.Register(name.Trim(), passwords.Hash(normalised, password), seller, staff) ? await account.GetProfile() : null;
    }

    /// <summary>The message for an email that already has an account.</summary>
    public const string AlreadyRegistered = "An account with that email already exists. Sign in instead.";
}
