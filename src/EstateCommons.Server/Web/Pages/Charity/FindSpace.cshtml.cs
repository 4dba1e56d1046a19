using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.Server.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>
/// Find a space at a site for a group: by the people coming, facilities and step-free access (as the API's search
/// filters), and, when a date and times are given, whether each space is free then.
/// </summary>
public sealed class FindSpaceModel(IGrainFactory grains, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateParts Date { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Start { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? End { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? People { get; set; }

    [BindProperty(SupportsGet = true)]
    public string[] Facility { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool StepFree { get; set; }

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public Site? Chosen { get; private set; }

    /// <summary>Every facility some space at the chosen site has, to choose from.</summary>
    public IReadOnlyList<string> Facilities { get; private set; } = [];

    public IReadOnlyList<(SpaceSummary Space, bool? Free)> Results { get; private set; } = [];

    /// <summary>The local date and times asked about, when given and valid.</summary>
    public (LocalDate Date, LocalTime Start, LocalTime End)? When { get; private set; }

    public async Task OnGet()
    {
        Sites = (await grains.GetGrain<IEstateDirectoryGrain>(0).Sites()).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Chosen = Sites.FirstOrDefault(s => s.Id == Site) ?? (Sites.Count == 1 ? Sites[0] : null);
        if (Chosen is null) return;

        var spaces = await grains.GetGrain<ISiteGrain>(Chosen.Id).Spaces();
        Facilities = spaces.SelectMany(s => s.Facilities).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (Date.IsEmpty) Date = DateParts.Of(clock.GetCurrentInstant().InZone(Chosen.TimeZone).Date.PlusDays(1));
        int? people = null;
        if (!string.IsNullOrWhiteSpace(People))
        {
            if (int.TryParse(People, out var count) && count > 0) people = count;
            else ModelState.AddModelError(nameof(People), "Enter the number of people coming, such as 12.");
        }
        When = ReadWhen();
        var matching = SpaceSearch.Matching(spaces, null, people, Facility.Length == 0 ? null : Facility, StepFree).OrderBy(s => s.Name).ToList();
        Results = await Task.WhenAll(matching.Select(async space => (space, When is { } when ? await IsFree(space, when) : (bool?)null)));
    }

    private (LocalDate, LocalTime, LocalTime)? ReadWhen()
    {
        if (string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End)) return null;
        var date = Date.Read();
        var start = ClockTime.Read(Start);
        var end = ClockTime.Read(End);
        if (date is null) ModelState.AddModelError(nameof(Date), "Enter a real date, such as 1 12 2026.");
        if (start is null) ModelState.AddModelError(nameof(Start), "Enter a start time, such as 09:00.");
        if (end is null) ModelState.AddModelError(nameof(End), "Enter an end time, such as 11:00.");
        else if (start is not null && end <= start) ModelState.AddModelError(nameof(End), "The end time must be after the start time.");
        return ModelState.IsValid ? (date!.Value, start!.Value, end!.Value) : null;
    }

    private Task<bool> IsFree(SpaceSummary space, (LocalDate Date, LocalTime Start, LocalTime End) when)
    {
        var zone = Chosen!.TimeZone;
        var span = new Interval(zone.AtLeniently(when.Date + when.Start).ToInstant(), zone.AtLeniently(when.Date + when.End).ToInstant());
        return SpaceSearch.IsFree(grains, new SpaceRef(Chosen.Id, space.SpaceId), span, zone);
    }
}
