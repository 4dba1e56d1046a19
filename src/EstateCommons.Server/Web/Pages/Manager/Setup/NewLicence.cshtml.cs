using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>
/// Adding a co-location licence to a space: an organisation's weekly hours for a term. Read and saved as PUT
/// /api/sites/{siteId}/spaces/{spaceId}/licences/{licenceId} does; when bookings or licences already hold some of
/// those hours nothing is saved and the page lists them.
/// </summary>
public sealed class NewLicenceModel(IGrainFactory grains, CallerAccessor caller) : SiteSetupPage(grains, caller)
{
    [BindProperty]
    public string? OrganisationId { get; set; }

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    /// <summary>Monday to Sunday; a day with no times is not licensed.</summary>
    [BindProperty]
    public List<DayHoursForm> Days { get; set; } = SpaceForm.Weekdays.Select(_ => new DayHoursForm()).ToList();

    [BindProperty]
    public string? PublicDescription { get; set; }

    public SpaceSnapshot? Space { get; private set; }

    /// <summary>The times already held that the licence would overlap, in words, when it could not be saved.</summary>
    public IReadOnlyList<string> Clashes { get; private set; } = [];

    public async Task<IActionResult> OnGet(string siteId, string spaceId) => await Load(siteId, spaceId) ?? Page();

    /// <summary>The site and space, when the caller manages the site; otherwise the refusal.</summary>
    private async Task<IActionResult?> Load(string siteId, string spaceId)
    {
        if (await LoadSite(siteId) is { } refused) return refused;
        Space = await Grains.GetGrain<ISpaceGrain>(new SpaceRef(siteId, spaceId).Key).Get();
        return Space is null ? NotFound() : null;
    }

    public async Task<IActionResult> OnPost(string siteId, string spaceId)
    {
        if (await Load(siteId, spaceId) is { } refused) return refused;
        var chosen = SpaceForm.Weekdays.Zip(Days).Where(d => !string.IsNullOrWhiteSpace(d.Second.Opens) || !string.IsNullOrWhiteSpace(d.Second.Closes)).ToList();
        _licensedDays = chosen.Select(d => d.First).ToList();
        var request = new PutLicenceRequest(OrganisationId?.Trim(), From, To,
            chosen.Select(d => new WeeklyDto(d.First.ToString(), d.Second.Opens, d.Second.Closes)).ToList(), PublicDescription);
        return await Save([], () => Put(request), _ => $"You added a licence to {Space!.Definition.Name}.", "/Manager/Setup/Spaces");
    }

    /// <summary>Saves the licence as the API does; when time is already held, nothing is saved and <see cref="Clashes"/> says what.</summary>
    private async Task<(Licence? Saved, List<FieldError> Errors)> Put(PutLicenceRequest request)
    {
        var licenceId = await GeneratedId.Claim("licence-", id => Task.FromResult(Space!.Licences.All(l => l.Id != id)));
        var (licence, errors) = await LicencesApi.ReadLicence(licenceId, request, Grains);
        if (licence is null) return (null, errors);
        var outcome = await Grains.GetGrain<ISpaceGrain>(Space!.Space.Key).PutLicence(licence);
        if (outcome.Saved) return (licence, errors);
        errors.AddRange(outcome.Errors);
        var zone = Site!.TimeZone;
        Clashes = outcome.Clashes.Select(c => $"{DisplayTime.Date(c.Start.InZone(zone).Date)}, {DisplayTime.Hours(new Interval(c.Start, c.End), zone)}").ToList();
        if (Clashes.Count > 0) errors.Add(new FieldError("", $"The licence overlaps {Clashes.Count} bookings or licences already in this space. Cancel or move them first, or change the licence's hours."));
        return (null, errors);
    }

    /// <summary>The weekdays given hours, in the order the request lists them, so "weekly[1]" finds its day.</summary>
    private IReadOnlyList<IsoDayOfWeek> _licensedDays = [];

    protected override string FieldOf(string apiField)
    {
        if (apiField.StartsWith("weekly[", StringComparison.Ordinal) && int.TryParse(apiField[7..apiField.IndexOf(']')], out var i) && i < _licensedDays.Count)
        {
            return $"{nameof(Days)}[{SpaceForm.Weekdays.ToList().IndexOf(_licensedDays[i])}].{nameof(DayHoursForm.Opens)}";
        }
        return apiField switch
        {
            "organisationId" => nameof(OrganisationId),
            "from" => nameof(From),
            "to" => nameof(To),
            "weekly" => nameof(Days),
            "publicDescription" => nameof(PublicDescription),
            _ => "",
        };
    }
}
