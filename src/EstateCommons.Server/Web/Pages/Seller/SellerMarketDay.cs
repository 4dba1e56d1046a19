using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>One market day as a seller's page sees it: the seller (when the caller acts for it) and the day as it stands.</summary>
public sealed record SellerMarketDay(SellerSnapshot Seller, MarketDaySnapshot Day)
{
    public MarketDayRef Ref => Day.Ref;

    public DateTimeZone Zone => Day.Market.Site.TimeZone;

    public IReadOnlyList<Pitch> Pitches => Day.Market.Definition.Layout.Pitches;

    /// <summary>The seller and the day, or null when the caller does not act for the seller or the market does not trade that date.</summary>
    public static async Task<SellerMarketDay?> Load(string sellerId, string siteId, string marketId, string date, CallerAccessor caller, IGrainFactory grains)
    {
        if (await SellerPage.Own(sellerId, caller, grains) is not { } seller) return null;
        var (day, problem) = MarketDayAccess.Day(siteId, marketId, date);
        if (problem is not null) return null;
        return (await MarketDayAccess.Grain(grains, day).Get()).Snapshot is { } snapshot ? new SellerMarketDay(seller, snapshot) : null;
    }

    /// <summary>Each pitch with what it means to this seller, in words: theirs, free, or someone else's.</summary>
    public IReadOnlyList<(Pitch Pitch, string Standing)> PitchMap()
    {
        var live = Day.Day.Holdings.Where(h => h.IsLive).ToList();
        return Pitches.Select(p => (p, live.FirstOrDefault(h => h.PitchIds.Contains(p.Id)) switch
        {
            { SellerId: var id } holding when id == Seller.Id => holding.Status == HoldingStatus.Confirmed ? "Your pitch" : "Offered to you",
            not null => "Taken",
            null => "Free",
        })).ToList();
    }

    public IMarketDayGrain Grain(IGrainFactory grains) => MarketDayAccess.Grain(grains, Ref);

    /// <summary>
    /// Puts a refused change on the page: field errors against the form's fields, in form order; anything else (applications
    /// have closed, the offer has run out) at the top of the error summary.
    /// </summary>
    public static void Refused(ModelStateDictionary state, MarketDayProblem problem, params string[] formOrder)
    {
        if (problem.Kind == MarketDayProblemKind.Invalid && problem.Errors.Count > 0) state.AddFieldErrors(problem.Errors, formOrder);
        else state.AddModelError("", problem.Message);
    }
}
