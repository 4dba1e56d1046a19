using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>
/// Creating or changing a food market and its pitch layout: the form's answers become the API's request, saved as PUT
/// /api/sites/{siteId}/markets/{marketId} saves it, after the same check that the caller manages the site.
/// </summary>
public abstract class MarketFormPage(IGrainFactory grains, CallerAccessor caller) : SiteSetupPage(grains, caller)
{
    [BindProperty]
    public MarketForm Form { get; set; } = new();

    /// <summary>Redraws the form with the pitch table at the number of rows asked for, saving nothing.</summary>
    protected IActionResult Resize()
    {
        ModelState.Clear();
        Form.ResizePitches();
        return Page();
    }

    protected Task<IActionResult> Save(string marketId, MarketView? before)
    {
        var errors = new List<FieldError>();
        var request = Form.ToRequest(before, errors);
        return Save(errors, () => MarketsApi.DefineMarket(Site!, marketId, request, Grains),
            market => $"You saved {market.Definition.Name}, with {market.Definition.Layout.Pitches.Count} pitches.", "/Manager/Markets");
    }

    protected override string FieldOf(string apiField) => MarketForm.FieldFor(apiField, nameof(Form));
}
