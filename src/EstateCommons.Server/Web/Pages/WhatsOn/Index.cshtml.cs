using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.WhatsOn;

/// <summary>Choose a site to see what is on there; a name or postcode narrows the list.</summary>
public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public async Task OnGet()
    {
        var all = await grains.GetGrain<IEstateDirectoryGrain>(0).Sites();
        var query = Query?.Trim();
        Sites = all
            .Where(s => string.IsNullOrEmpty(query)
                || s.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || s.Postcode.Replace(" ", "", StringComparison.Ordinal).StartsWith(query.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
