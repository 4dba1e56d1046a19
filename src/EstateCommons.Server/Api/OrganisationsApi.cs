using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Organisations;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Domain.Calendar;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations").RequireAuthorization();
        api.MapPost("/", Create).WithSummary("Register an organisation; the caller becomes its first member. Signed-in callers.");
        api.MapGet("/{id}", Get).WithSummary("An organisation and its members. Its members and the platform admin.");
        api.MapPost("/{id}/members", AddMember).WithSummary("Add a registered account as a member. Its members.");
        api.MapGet("/{id}/bookings", Bookings).WithSummary("The organisation's bookings starting between two local dates (default: the next 90 days). Its members and the platform admin.");
        return api;
    }

    private static async Task<Results<Created<OrganisationView>, ProblemHttpResult>> Create(CreateOrganisationRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        if (await caller.Current() is not { } me) return Problems.SignInRequired();
        if (!Enum.TryParse<OrganisationKind>(body.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return Problems.Invalid("kind", $"Kind must be one of {string.Join(", ", Enum.GetNames<OrganisationKind>())}.");
        }
        var charityNumber = body.CharityNumber?.Trim().ToUpperInvariant();
        var errors = Organisation.Validate(body.Name, kind, charityNumber);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var id = await GeneratedId.Claim("org-", candidate =>
            grains.GetGrain<IOrganisationGrain>(candidate).Create(body.Name!.Trim(), kind, string.IsNullOrEmpty(charityNumber) ? null : charityNumber, me.Email));
        await grains.GetGrain<IAccountGrain>(me.Email).AddOrganisation(id);
        return TypedResults.Created($"/api/organisations/{id}", OrganisationView.Of((await grains.GetGrain<IOrganisationGrain>(id).Get())!));
    }

    private static async Task<Results<Ok<OrganisationView>, ProblemHttpResult>> Get(string id, CallerAccessor caller, IGrainFactory grains)
    {
        var (organisation, problem) = await MemberView(id, caller, grains);
        return problem ?? (Results<Ok<OrganisationView>, ProblemHttpResult>)TypedResults.Ok(OrganisationView.Of(organisation!));
    }

    private static async Task<Results<Ok<OrganisationView>, ProblemHttpResult>> AddMember(string id, AddMemberRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var (_, problem) = await MemberView(id, caller, grains, membersOnly: true);
        if (problem is not null) return problem;
        var (email, account, accountProblem) = await AccountsApi.Registered(body.Email, grains);
        if (accountProblem is not null) return accountProblem;
        await grains.GetGrain<IOrganisationGrain>(id).AddMember(email!);
        await account!.AddOrganisation(id);
        return TypedResults.Ok(OrganisationView.Of((await grains.GetGrain<IOrganisationGrain>(id).Get())!));
    }

    private static async Task<Results<Ok<BookingList>, ProblemHttpResult>> Bookings(string id, string? from, string? to, CallerAccessor caller, IGrainFactory grains, IClock clock)
    {
        var (_, problem) = await MemberView(id, caller, grains);
        if (problem is not null) return problem;
        var today = clock.GetCurrentInstant().InUtc().Date;
        var (dates, rangeProblem) = DateRangeQuery.Read(from, to, 401, today, today.PlusDays(90));
        if (rangeProblem is not null) return rangeProblem;
        var bookings = (await BookingsStarting(grains, id, dates.First, dates.Last)).Select(BookingView.Of).ToList();
        return TypedResults.Ok(new BookingList(bookings));
    }

    /// <summary>The organisation's bookings (any status) whose local start date at their site is between two dates, soonest first.</summary>
    public static async Task<IReadOnlyList<Booking>> BookingsStarting(IGrainFactory grains, string organisationId, LocalDate first, LocalDate last)
    {
        // Dates are local to each site; widen by a day each side in UTC, then keep bookings whose local start date fits.
        var range = new Interval(first.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), last.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        var spaces = await grains.GetGrain<IOrganisationGrain>(organisationId).SpacesUsed();
        var found = await Task.WhenAll(spaces.Select(s => grains.GetGrain<ISpaceGrain>(s.Key).BookingsOf(organisationId, range)));
        return found.SelectMany(b => b)
            .Where(b => b.LocalStart.Date >= first && b.LocalStart.Date <= last)
            .OrderBy(b => b.Start)
            .ToList();
    }

    private static async Task<(Organisation? Organisation, ProblemHttpResult? Problem)> MemberView(string id, CallerAccessor caller, IGrainFactory grains, bool membersOnly = false)
    {
        if (await grains.GetGrain<IOrganisationGrain>(id).Get() is not { } organisation) return (null, Problems.Missing("Organisation"));
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        var allowed = me.BelongsTo(id) || (!membersOnly && me.IsPlatformAdmin);
        return allowed ? (organisation, null) : (null, Problems.NotAllowed("Only the organisation's members may do this."));
    }
}
