using System.Globalization;
using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>
/// Book a space for one of the caller's organisations, once or weekly. The form's own checks are only that the boxes
/// make a date, times and numbers; the booking itself goes through <see cref="BookingsApi.Book"/>, so membership and
/// the space's rules (notice, opening hours, clashes) are decided exactly as for the API.
/// </summary>
[Authorize]
public sealed class BookModel(IGrainFactory grains, CallerAccessor caller, IOptions<PaymentHoldOptions> holds) : PageModel
{
    /// <summary>The API's names for the fields, mapped to this form's, in the order the form asks them.</summary>
    private static readonly (string Api, string Form)[] Fields =
    [
        ("organisationId", nameof(OrganisationId)), ("start", nameof(Start)), ("end", nameof(End)), ("attendees", nameof(Attendees)),
        ("purpose", nameof(Purpose)), ("recurrence", nameof(Weeks)), ("recurrence.count", nameof(Weeks)),
    ];

    [BindProperty]
    public string? OrganisationId { get; set; }

    [BindProperty]
    public DateParts Date { get; set; } = new();

    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public string? End { get; set; }

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string Repeat { get; set; } = "once";

    [BindProperty]
    public string? Weeks { get; set; }

    public SpaceSnapshot? Snapshot { get; private set; }

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>The occurrences the space refused, each with why, in the site's local time.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGet(string siteId, string spaceId, string? date, string? start, string? end, string? people)
    {
        if (!await Load(siteId, spaceId)) return;
        if (LocalClock.TryParseDate(date, out var day)) Date = DateParts.Of(day);
        (Start, End, Attendees) = (start, end, people);
        OrganisationId = Organisations.Count == 1 ? Organisations[0].Id : null;
    }

    public async Task<IActionResult> OnPost(string siteId, string spaceId)
    {
        if (!await Load(siteId, spaceId)) return Page();
        var body = ReadForm(siteId, spaceId);
        if (!ModelState.IsValid) return Page();

        var errors = new List<FieldError>();
        var (outcome, problem) = await BookingsApi.Book(body!, errors, caller, grains, holds.Value.Hold);
        foreach (var (api, form) in Fields)
        {
            foreach (var error in errors.Where(e => e.Field == api)) ModelState.AddModelError(form, error.Message);
        }
        if (problem is not null && ModelState.IsValid) ModelState.AddModelError(nameof(OrganisationId), problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "That booking could not be made.");
        if (!ModelState.IsValid) return Page();

        if (outcome!.PaymentUnavailable)
        {
            ModelState.AddModelError("", "The payment service could not be reached, so nothing was booked. Try again in a few minutes.");
            return Page();
        }
        if (!outcome.Succeeded)
        {
            Refusals = outcome.Failures.Select(f => Refusal(f, outcome.TimeZoneId)).ToList();
            var summary = outcome.OnlyClashes
                ? $"That time is already booked on {Dates(outcome.Failures.Count)}. Nothing was booked; choose another time."
                : $"{outcome.Failures[0].Breaches.FirstOrDefault()?.Message ?? "That time cannot be booked."} Nothing was booked.";
            ModelState.AddModelError(nameof(Start), summary);
            return Page();
        }
        return RedirectToPage("/Charity/Booked", new { id = outcome.Booked[0].Id });
    }

    private CreateBookingRequest? ReadForm(string siteId, string spaceId)
    {
        var date = Date.Read();
        var start = ClockTime.Read(Start);
        var end = ClockTime.Read(End);
        if (string.IsNullOrEmpty(OrganisationId)) ModelState.AddModelError(nameof(OrganisationId), "Choose the organisation you are booking for.");
        if (date is null) ModelState.AddModelError(nameof(Date), "Enter a real date, such as 1 12 2026.");
        if (start is null) ModelState.AddModelError(nameof(Start), "Enter a start time, such as 09:00.");
        if (end is null) ModelState.AddModelError(nameof(End), "Enter an end time, such as 11:00.");
        else if (start is not null && end <= start) ModelState.AddModelError(nameof(End), "The end time must be after the start time.");
        if (!int.TryParse(Attendees, NumberStyles.None, CultureInfo.InvariantCulture, out var attendees) || attendees < 1)
        {
            ModelState.AddModelError(nameof(Attendees), "Enter the number of people coming, such as 12.");
        }
        if (string.IsNullOrWhiteSpace(Purpose)) ModelState.AddModelError(nameof(Purpose), "Say what the booking is for.");
        RecurrenceDto? recurrence = null;
        if (Repeat == "weekly")
        {
            if (!int.TryParse(Weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) || weeks is < 2 or > Recurrence.MaxOccurrences)
            {
                ModelState.AddModelError(nameof(Weeks), $"Enter how many weeks, from 2 to {Recurrence.MaxOccurrences}.");
            }
            recurrence = new RecurrenceDto("weekly", weeks, null);
        }
        if (!ModelState.IsValid) return null;
        var on = date!.Value;
        return new CreateBookingRequest(siteId, spaceId, OrganisationId, LocalClock.Format(on + start!.Value), LocalClock.Format(on + end!.Value),
            attendees, Purpose, recurrence);
    }

    private async Task<bool> Load(string siteId, string spaceId)
    {
        Snapshot = Slug.IsValid(siteId) && Slug.IsValid(spaceId) ? await grains.GetGrain<ISpaceGrain>(new SpaceRef(siteId, spaceId).Key).Get() : null;
        if (Snapshot is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }
        var me = await caller.Current();
        var organisations = await Task.WhenAll((me?.Organisations ?? []).Select(id => grains.GetGrain<IOrganisationGrain>(id).Get()));
        Organisations = organisations.OfType<Organisation>().OrderBy(o => o.Name).ToList();
        return true;
    }

    private static string Dates(int count) => count == 1 ? "1 of the dates" : $"{count} of the dates";

    private static string Refusal(OccurrenceFailure failure, string? timeZoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZoneId ?? EstateCommons.Domain.Estate.Site.DefaultTimeZoneId];
        var when = $"{DisplayTime.Date(failure.Start.Date)}, {DisplayTime.Time(failure.Start.TimeOfDay)} to {DisplayTime.Time(failure.End.TimeOfDay)}";
        var why = failure.Clashes.Select(c => $"already booked from {DisplayTime.Hours(new Interval(c.Start, c.End), zone)}")
            .Concat(failure.Breaches.Select(b => b.Message.TrimEnd('.')));
        return $"{when}: {string.Join("; ", why)}.";
    }
}
