using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>
/// One market day for its managers: the applications, running the allocation, its result with each unallocated
/// seller's reason, and overriding it. Every change goes to the day's grain after the API's manager check
/// (<see cref="MarketDayAccess"/>), and the result is read as the API's allocation view, so page and API agree.
/// </summary>
public sealed class MarketDayModel(IGrainFactory grains, CallerAccessor caller, IClock clock) : ManagerPage
{
    public MarketDaySnapshot? Snapshot { get; private set; }

    public AllocationView? Allocation { get; private set; }

    public IReadOnlyDictionary<string, string> SellerNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public List<string> PitchIds { get; set; } = [];

    [BindProperty]
    public string? SellerId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DateTimeZone Zone => Snapshot!.Market.Site.TimeZone;

    /// <summary>Allocation runs until the market opens, and only once; overrides follow it.</summary>
    public bool CanAllocate => !Snapshot!.Day.IsAllocated && !Snapshot.Times.HasOpened(clock.GetCurrentInstant());

    public string SellerName(string sellerId) => SellerNames.GetValueOrDefault(sellerId, sellerId);

    public Task<IActionResult> OnGet(string siteId, string marketId, string date) =>
        Act(siteId, marketId, date, (day, _) => day.Get(), onDone: null);

    public Task<IActionResult> OnPostAllocate(string siteId, string marketId, string date) =>
        Act(siteId, marketId, date, (day, me) => day.Allocate(me, seed: null), snapshot =>
        {
            var result = snapshot.Day.Allocation!.Result;
            return $"Allocation finished: {Count(result.Allocated.Count, "seller")} offered pitches, {Count(result.Unallocated.Count, "seller")} without one.";
        });

    public Task<IActionResult> OnPostOverride(string siteId, string marketId, string date)
    {
        var sellerId = string.IsNullOrWhiteSpace(SellerId) ? null : SellerId.Trim();
        return Act(siteId, marketId, date, (day, me) => day.Override(PitchIds, sellerId, Reason?.Trim() ?? "", me),
            _ => sellerId is null ? $"You cleared pitch {string.Join(", ", PitchIds)}." : $"You gave pitch {string.Join(", ", PitchIds)} to {SellerName(sellerId)}.");
    }

    /// <summary>
    /// Reads or changes the day as its manager. A change that worked redirects back with what it did (post, then
    /// redirect); one the day refused shows why, next to the field when it names one, with nothing changed.
    /// </summary>
    private async Task<IActionResult> Act(string siteId, string marketId, string date, Func<IMarketDayGrain, string, Task<MarketDayResponse>> act, Func<MarketDaySnapshot, string>? onDone)
    {
        var (dayRef, invalid) = MarketDayAccess.Day(siteId, marketId, date);
        if (invalid is not null) return Refuse(invalid);
        var (me, denied) = await MarketDayAccess.Manager(dayRef, caller, grains);
        if (denied is not null) return Refuse(denied);
        var day = MarketDayAccess.Grain(grains, dayRef);
        var response = await act(day, me!.Email);
        if (response.Problem is { Kind: MarketDayProblemKind.NotFound } missing) return Refuse(MarketDayAccess.ToProblem(missing));
        if (response.Problem is { } problem)
        {
            if (problem.Kind == MarketDayProblemKind.Invalid) ModelState.AddFieldErrors(problem.Errors, "pitchIds", "sellerId", "reason");
            else ModelState.AddModelError("", problem.Message);
            response = await day.Get();
        }
        else if (onDone is not null)
        {
            SellerNames = await Names(response.Snapshot!);
            Done = onDone(response.Snapshot!);
            return RedirectToPage(null, null, new { siteId, marketId, date }, "results");
        }
        Snapshot = response.Snapshot!;
        Allocation = AllocationView.Of(Snapshot, clock.GetCurrentInstant());
        SellerNames = await Names(Snapshot);
        return Page();
    }

    private async Task<IReadOnlyDictionary<string, string>> Names(MarketDaySnapshot snapshot)
    {
        var sellers = await Task.WhenAll(snapshot.Day.Applications.Select(a => grains.GetGrain<ISellerGrain>(a.SellerId).Get()));
        return sellers.OfType<SellerSnapshot>().ToDictionary(s => s.Id, s => s.Profile.BusinessName, StringComparer.Ordinal);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
