using System.Globalization;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>
/// Where a seller stands on one market day: their application (to withdraw), an offer to accept or decline, the pitch
/// fee with its working and where to pay it, and after the market closes their takings to report.
/// </summary>
[Authorize]
public sealed class DayModel(CallerAccessor caller, IGrainFactory grains, IClock clock) : PageModel
{
    public SellerMarketDay? Market { get; private set; }

    public SellerOutcomeView? Outcome { get; private set; }

    public FeeView? Fee { get; private set; }

    public string Stage { get; private set; } = "";

    [BindProperty]
    public string? Takings { get; set; }

    public bool HasClosed => Market!.Day.Times.HasClosed(clock.GetCurrentInstant());

    public async Task<IActionResult> OnGet(string sellerId, string siteId, string marketId, string date) =>
        await Load(sellerId, siteId, marketId, date) ? Page() : NotFound();

    public Task<IActionResult> OnPostAccept(string sellerId, string siteId, string marketId, string date) =>
        Act(sellerId, siteId, marketId, date, g => g.AcceptOffer(sellerId));

    public Task<IActionResult> OnPostDecline(string sellerId, string siteId, string marketId, string date) =>
        Act(sellerId, siteId, marketId, date, g => g.DeclineOffer(sellerId));

    public Task<IActionResult> OnPostWithdraw(string sellerId, string siteId, string marketId, string date) =>
        Act(sellerId, siteId, marketId, date, g => g.Withdraw(sellerId));

    public async Task<IActionResult> OnPostTakings(string sellerId, string siteId, string marketId, string date)
    {
        var pence = ReadPounds(Takings);
        if (pence is null)
        {
            if (!await Load(sellerId, siteId, marketId, date)) return NotFound();
            ModelState.AddModelError(nameof(Takings), "Give the day's takings in pounds and pence, such as 245.50.");
            return Page();
        }
        return await Act(sellerId, siteId, marketId, date, g => g.ReportTakings(sellerId, Money.Gbp(pence.Value)), nameof(Takings));
    }

    /// <summary>Pounds as a seller types them ("245.50", "£1,200"), in pence; null when it is not a sum of money.</summary>
    public static long? ReadPounds(string? text)
    {
        var trimmed = text?.Trim().TrimStart('£').Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var pounds)) return null;
        var pence = pounds * 100;
        return pence == decimal.Truncate(pence) && pence <= long.MaxValue ? (long)pence : null;
    }

    private async Task<IActionResult> Act(string sellerId, string siteId, string marketId, string date, Func<IMarketDayGrain, Task<MarketDayResponse>> act, string field = "")
    {
        if (!await Load(sellerId, siteId, marketId, date)) return NotFound();
        var response = await act(Market!.Grain(grains));
        if (response.Problem is { } problem)
        {
            if (field.Length > 0 && problem.Kind == MarketDayProblemKind.Invalid) ModelState.AddModelError(field, problem.Errors.FirstOrDefault()?.Message ?? problem.Message);
            else SellerMarketDay.Refused(ModelState, problem);
            return Page();
        }
        return RedirectToPage(new { sellerId, siteId, marketId, date = LocalClock.Format(Market.Ref.Date) });
    }

    private async Task<bool> Load(string sellerId, string siteId, string marketId, string date)
    {
        Market = await SellerMarketDay.Load(sellerId, siteId, marketId, date, caller, grains);
        if (Market is null) return false;
        Outcome = await MarketDaysApi.OutcomeWithPayment(Market.Day, sellerId, grains);
        Stage = MarketDayView.StageOf(Market.Day, clock.GetCurrentInstant());
        if (Outcome.Status == "confirmed")
        {
            var fees = await Market.Grain(grains).Fees();
            if (fees.Snapshot is not null) Fee = MarketDayFeesView.Of(fees, f => f.SellerId == sellerId).Fees.FirstOrDefault();
        }
        return true;
    }
}
