using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class LicencesApi
{
    public static RouteGroupBuilder MapLicencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites/{siteId}").WithTags("Licences and site bookings").RequireAuthorization();
        api.MapPut("/spaces/{spaceId}/licences/{licenceId}", PutLicence)
            .WithSummary("Create or replace a co-location licence: weekly hours in a space for a term. Managers of the site's trust.");
        api.MapGet("/bookings", SiteBookings)
            .WithSummary("Bookings holding time at the site between two local dates (status=PendingApproval for the approvals queue). Managers of the site's trust.");
        return api;
    }

    private static async Task<Results<Ok<LicenceView>, ProblemHttpResult>> PutLicence(string siteId, string spaceId, string licenceId, PutLicenceRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return problem;
        var space = grains.GetGrain<ISpaceGrain>(new SpaceRef(siteId, spaceId).Key);
        if (await space.Get() is null) return Problems.Missing("Space");

        var (licence, errors) = await ReadLicence(licenceId, body, grains);
        if (licence is null) return Problems.Invalid(errors);
        var outcome = await space.PutLicence(licence);
        if (outcome.Errors.Count > 0) return Problems.Invalid(outcome.Errors);
        if (!outcome.Saved)
        {
            var zone = site!.TimeZone;
            return TypedResults.Problem(
                title: "The licence overlaps time already held",
                detail: $"{outcome.Clashes.Count} bookings or licences overlap the licensed hours; cancel or move them first.",
                statusCode: StatusCodes.Status409Conflict, type: Problems.LicenceConflict,
                extensions: new Dictionary<string, object?> { ["conflicts"] = outcome.Clashes.Select(c => SpanView.Of(new Interval(c.Start, c.End), zone)).ToList() });
        }
        return TypedResults.Ok(LicenceView.Of(licence, site!.TimeZone));
    }

    /// <summary>The licence a request describes, or every problem with it (an organisation that does not exist among them).</summary>
    internal static async Task<(Licence? Licence, List<FieldError> Errors)> ReadLicence(string licenceId, PutLicenceRequest body, IGrainFactory grains)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.OrganisationId)) errors.Add(new FieldError("organisationId", "Say which organisation holds the licence."));
        else if (await grains.GetGrain<IOrganisationGrain>(body.OrganisationId).Get() is null) errors.Add(new FieldError("organisationId", "No organisation has that id."));
        if (!LocalClock.TryParseDate(body.From, out var from)) errors.Add(new FieldError("from", "from is a local date such as 2027-01-05."));
        if (!LocalClock.TryParseDate(body.To, out var to)) errors.Add(new FieldError("to", "to is a local date such as 2027-12-28."));
        var weekly = new List<WeeklyHours>();
        foreach (var (w, i) in (body.Weekly ?? []).Select((w, i) => (w, i)))
        {
            if (!SpaceRequestReader.TryReadDay(w.Day, out var day)) errors.Add(new FieldError($"weekly[{i}].day", "Use weekday names: monday to sunday."));
            else if (SpaceRequestReader.ReadWindow($"weekly[{i}]", w.Start, w.End, errors) is { } window) weekly.Add(new WeeklyHours(day, window));
        }
        if (errors.Count > 0) return (null, errors);
        return (new Licence(licenceId, body.OrganisationId!, from, to, weekly, body.PublicDescription?.Trim() ?? ""), errors);
    }

    private static async Task<Results<Ok<BookingList>, ProblemHttpResult>> SiteBookings(string siteId, string? from, string? to, string? status, CallerAccessor caller, IGrainFactory grains)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return problem;
        var (dates, rangeProblem) = DateRangeQuery.Read(from, to, SiteBookingsReader.MostDays);
        if (rangeProblem is not null) return rangeProblem;
        var found = await SiteBookingsReader.Between(grains, site!, dates.First, dates.Last);
        var bookings = found
            .Where(b => status is null || b.Status.ToString().Equals(status, StringComparison.OrdinalIgnoreCase))
            .Select(BookingView.Of)
            .ToList();
        return TypedResults.Ok(new BookingList(bookings));
    }
}
