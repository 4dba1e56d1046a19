using System.Net.Mail;
using System.Security.Claims;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Accounts");
        api.MapPost("/auth/token", IssueToken).AllowAnonymous()
            .WithSummary("Exchange email and password for a bearer token. Anyone may call.");
        api.MapPost("/accounts", Register).AllowAnonymous()
            .WithSummary("Register an account. Anyone may call.");
        api.MapGet("/accounts/me", Me).RequireAuthorization()
            .WithSummary("The signed-in account and its roles. Signed-in callers.");
        return api;
    }

    /// <summary>Lower-cased, trimmed email: the account's key. Null when it is not an email address.</summary>
    public static string? NormaliseEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254) return null;
        var trimmed = email.Trim().ToLowerInvariant();
        return MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal) ? trimmed : null;
    }

    /// <summary>The registered account an email names, for making it a member or manager; otherwise the problem to answer with.</summary>
    internal static async Task<(string? Email, IAccountGrain? Account, ProblemHttpResult? Problem)> Registered(string? email, IGrainFactory grains)
    {
        if (NormaliseEmail(email) is not { } normalised) return (null, null, Problems.Invalid("email", "Give the email address of a registered account."));
        var account = grains.GetGrain<IAccountGrain>(normalised);
        if (await account.GetProfile() is null) return (null, null, Problems.Invalid("email", "No account has that email; ask them to register first."));
        return (normalised, account, null);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(TokenRequest body, IGrainFactory grains, PasswordHashing passwords)
    {
        if (await AccountCredentials.Verify(body.Email, body.Password, grains, passwords) is not { } email)
        {
            return TypedResults.Problem(title: "Email or password is wrong", statusCode: StatusCodes.Status400BadRequest, type: Problems.InvalidCredentials);
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, email)], BearerTokenDefaults.AuthenticationScheme));
        return TypedResults.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    private static async Task<Results<Created<AccountView>, ProblemHttpResult>> Register(RegisterAccountRequest body, IGrainFactory grains, PasswordHashing passwords)
    {
        var errors = AccountCredentials.Check(body.Email, body.Password, body.Name);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var profile = await AccountCredentials.Register(body.Email!, body.Password!, body.Name!, body.Seller, body.Staff, grains, passwords);
        return profile is null ? Problems.Exists(AccountCredentials.AlreadyRegistered) : TypedResults.Created("/api/accounts/me", AccountView.Of(profile));
    }

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> Me(CallerAccessor caller) =>
        await caller.Current() is { } me ? TypedResults.Ok(AccountView.Of(me)) : Problems.SignInRequired();
}
