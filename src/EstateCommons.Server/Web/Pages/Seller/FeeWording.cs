using EstateCommons.Domain.Markets;
using EstateCommons.Server.Api.Contracts;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>A seller's pitch fee in words: how it was worked out (for a footfall fee, the visitors behind it) and where its payment stands.</summary>
public static class FeeWording
{
    public static IEnumerable<string> Working(PitchFee market, FeeView fee)
    {
        var pitches = fee.PitchIds.Count == 1 ? "1 pitch" : $"{fee.PitchIds.Count} pitches";
        switch (market)
        {
            case PitchFee.Flat flat:
                yield return $"{SellerPage.Pounds(flat.PerPitch.MinorUnits)} a pitch, for {pitches}.";
                break;
            case PitchFee.PerMetreFrontage perMetre:
                yield return $"{SellerPage.Pounds(perMetre.PerMetre.MinorUnits)} a metre of frontage, for {fee.FrontageMetres:0.##} metres ({pitches}).";
                break;
            default:
                if (fee.Footfall is not { } footfall) break;
                yield return $"{footfall.Visitors:N0} visitors were counted while the market was open.";
                yield return $"At {SellerPage.Pounds(footfall.RatePerHundredVisitorsPence)} for every 100 visitors, that comes to {SellerPage.Pounds(footfall.UncappedPence)}.";
                yield return $"The fee is at least {SellerPage.Pounds(footfall.FloorPence)} and at most {SellerPage.Pounds(footfall.CapPence)}" + footfall.Applied switch
                {
                    "floor" => ", so the lowest fee applies.",
                    "cap" => ", so the highest fee applies.",
                    _ => ".",
                };
                break;
        }
    }

    public static string Payment(FeeView fee) => (fee.ChargedPence, fee.Payment?.Status) switch
    {
        (0, _) => "Nothing to pay.",
        (_, "paid") => "Paid.",
        (_, null or "toInvoice") => "The market will send you an invoice after the market day.",
        (_, "failed") => "Your payment did not go through. Use the payment link to pay.",
        _ => "Waiting for your payment.",
    };
}
