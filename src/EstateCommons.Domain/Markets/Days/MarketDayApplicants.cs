using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Sellers;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// Turns a day's applications into what the allocator weighs: each applicant's needs, location and insurance from
/// their seller profile as it stands when allocation runs, their standing pitches at this market and recent misses.
/// </summary>
public static class MarketDayApplicants
{
    public static AllocationRequest Request(
        MarketDefinition market,
        GeoPoint siteLocation,
        LocalDate date,
        IEnumerable<MarketApplication> applications,
        IReadOnlyDictionary<string, SellerProfile> sellers,
        IReadOnlyDictionary<string, int> recentMisses,
        int? seed)
    {
        var applicants = applications
            .Where(a => !a.IsWithdrawn && sellers.ContainsKey(a.SellerId))
            .Select(a =>
            {
                var seller = sellers[a.SellerId];
                return new AllocationApplicant(
                    a.SellerId, seller.Location, seller.Needs.Power, seller.Needs.Water, seller.Needs.CooksHotFood,
                    a.MinimumFrontageMetres,
                    // A pitch ranked before the layout last changed may have gone; rank what is still there.
                    a.RankedPitchPreferences.Where(id => market.Layout.IndexOf(id) >= 0).ToList(), a.AdjacentPitchesWanted, a.Categories,
                    seller.Compliance.Insurance?.Expires, seller.Compliance.HygieneRating,
                    market.StandingPitchesOf(a.SellerId), recentMisses.GetValueOrDefault(a.SellerId));
            })
            .ToList();
        return new AllocationRequest(date, siteLocation, market.Layout, market.Caps, applicants, market.Weights, seed);
    }

    /// <summary>
    /// Who rotation should favour next time: sellers left without a pitch (other than for lapsed paperwork, which is
    /// theirs to fix) and sellers given none of the pitches they ranked.
    /// </summary>
    public static IReadOnlyList<string> Misses(AllocationRequest request, AllocationResult result)
    {
        var poorPitch = result.Allocated
            .Where(a => request.Applicants.First(x => x.SellerId == a.SellerId) is { RankedPitchPreferences.Count: > 0 } applicant
                && !a.PitchIds.Intersect(applicant.RankedPitchPreferences).Any())
            .Select(a => a.SellerId);
        var missedOut = result.Unallocated.Where(u => u.Reason != UnallocatedReason.ComplianceLapsed).Select(u => u.SellerId);
        return poorPitch.Concat(missedOut).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>What a seller left without a pitch is told.</summary>
    public static string Explain(UnallocatedReason reason, AllocationApplicant? applicant) => reason switch
    {
        UnallocatedReason.ComplianceLapsed when applicant?.InsuranceExpires is { } expires =>
            $"Your public liability insurance ran out on {expires:yyyy'-'MM'-'dd}, before this market day, so you could not be given a pitch. Update your insurance details to apply again.",
        UnallocatedReason.ComplianceLapsed =>
            "We have no public liability insurance on record for you, so you could not be given a pitch. Add your insurance details to apply again.",
        UnallocatedReason.NoCompatiblePitch =>
            "No pitch (or group of adjacent pitches) at this market offers what you need, such as power, water, hot food or frontage.",
        UnallocatedReason.CategoryFull =>
            "The market already has as many sellers of one of your categories as it allows that day.",
        UnallocatedReason.Outranked =>
            "Sellers with a higher score took the pitches that suit you. You are on the waitlist and will be offered a pitch if one comes free.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
