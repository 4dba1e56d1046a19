using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class SellersApi
{
    /// <summary>Who may see a seller's full record and documents, as the endpoint summaries say it.</summary>
    internal const string FullRecordReaders = "Its members, the platform admin and managers of trusts whose markets it has applied to.";

    public static RouteGroupBuilder MapSellersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sellers").WithTags("Sellers").RequireAuthorization();
        api.MapPost("/", Create).WithSummary("Register a market seller's business; the caller becomes its first member. Signed-in callers.");
        api.MapGet("/{sellerId}", Get)
            .WithSummary("A seller's profile, compliance records, documents, members and warnings (such as insurance ending within 30 days). " + FullRecordReaders);
        api.MapGet("/{sellerId}/public", GetPublic).AllowAnonymous()
            .WithSummary("A seller's business name, type, product categories and public description. Anyone may call.");
        api.MapPut("/{sellerId}", Update).WithSummary("Replace a seller's profile and compliance records. Its members.");
        api.MapPost("/{sellerId}/members", AddMember).WithSummary("Let another registered account act for the seller. Its members.");
        api.MapSellerDocuments();
        return api;
    }

    /// <summary>The seller, when the caller may see its full record: its members, the platform admin, and managers of trusts it has applied to.</summary>
    internal static Task<(SellerSnapshot? Seller, ProblemHttpResult? Problem)> VisibleSeller(string sellerId, CallerAccessor caller, IGrainFactory grains) =>
        Seller(sellerId, caller, grains,
            (seller, me) => seller.HasMember(me.Email) || me.IsPlatformAdmin || seller.Trusts.Any(me.Manages),
            "Only the seller's members, the platform admin and managers of trusts whose markets it has applied to see its details.");

    /// <summary>The seller, when the caller acts for it.</summary>
    internal static Task<(SellerSnapshot? Seller, ProblemHttpResult? Problem)> OwnSeller(string sellerId, CallerAccessor caller, IGrainFactory grains) =>
        Seller(sellerId, caller, grains, (seller, me) => seller.HasMember(me.Email), "Only the seller's members may do this.");

    private static async Task<Results<Created<SellerView>, ProblemHttpResult>> Create(SellerProfileRequest body, CallerAccessor caller, IGrainFactory grains, IClock clock)
    {
        if (await caller.Current() is not { } me) return Problems.SignInRequired();
        var errors = new List<FieldError>();
        var profile = SellerRequestReader.Read(body, errors);
        if (profile is null) return Problems.Invalid(errors);

        var id = await Register(profile, me.Email, grains);
        return TypedResults.Created($"/api/sellers/{id}", SellerView.Of((await grains.GetGrain<ISellerGrain>(id).Get())!, clock.GetCurrentInstant()));
    }

    /// <summary>Registers a seller under a fresh id, with the account as its first member; returns the id.</summary>
    internal static async Task<string> Register(SellerProfile profile, string email, IGrainFactory grains)
    {
        var id = await GeneratedId.Claim("sel-", candidate => grains.GetGrain<ISellerGrain>(candidate).Create(profile, email));
        await grains.GetGrain<IAccountGrain>(email).AddSeller(id);
        return id;
    }

    private static async Task<Results<Ok<SellerView>, ProblemHttpResult>> Get(string sellerId, CallerAccessor caller, IGrainFactory grains, IClock clock)
    {
        var (seller, problem) = await VisibleSeller(sellerId, caller, grains);
        return problem ?? (Results<Ok<SellerView>, ProblemHttpResult>)TypedResults.Ok(SellerView.Of(seller!, clock.GetCurrentInstant()));
    }

    private static async Task<Results<Ok<PublicSellerView>, ProblemHttpResult>> GetPublic(string sellerId, IGrainFactory grains) =>
        await grains.GetGrain<ISellerGrain>(sellerId).Get() is { } seller ? TypedResults.Ok(PublicSellerView.Of(seller)) : Problems.Missing("Seller");

    private static async Task<Results<Ok<SellerView>, ProblemHttpResult>> Update(string sellerId, SellerProfileRequest body, CallerAccessor caller, IGrainFactory grains, IClock clock)
    {
        var (_, problem) = await OwnSeller(sellerId, caller, grains);
        if (problem is not null) return problem;
        var errors = new List<FieldError>();
        var profile = SellerRequestReader.Read(body, errors);
        if (profile is null) return Problems.Invalid(errors);

        var seller = grains.GetGrain<ISellerGrain>(sellerId);
        var refused = await seller.Update(profile);
        if (refused.Count > 0) return Problems.Invalid(refused);
        return TypedResults.Ok(SellerView.Of((await seller.Get())!, clock.GetCurrentInstant()));
    }

    private static async Task<Results<Ok<SellerView>, ProblemHttpResult>> AddMember(string sellerId, AddMemberRequest body, CallerAccessor caller, IGrainFactory grains, IClock clock)
    {
        var (_, problem) = await OwnSeller(sellerId, caller, grains);
        if (problem is not null) return problem;
        var (email, account, accountProblem) = await AccountsApi.Registered(body.Email, grains);
        if (accountProblem is not null) return accountProblem;

        var seller = grains.GetGrain<ISellerGrain>(sellerId);
        await seller.AddMember(email!);
        await account!.AddSeller(sellerId);
        return TypedResults.Ok(SellerView.Of((await seller.Get())!, clock.GetCurrentInstant()));
    }

    private static async Task<(SellerSnapshot? Seller, ProblemHttpResult? Problem)> Seller(
        string sellerId, CallerAccessor caller, IGrainFactory grains, Func<SellerSnapshot, AccountProfile, bool> allowed, string refusal)
    {
        if (await grains.GetGrain<ISellerGrain>(sellerId).Get() is not { } seller) return (null, Problems.Missing("Seller"));
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        return allowed(seller, me) ? (seller, null) : (null, Problems.NotAllowed(refusal));
    }
}
