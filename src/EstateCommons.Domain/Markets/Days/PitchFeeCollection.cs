using EstateCommons.Domain.Sellers;

namespace EstateCommons.Domain.Markets;

/// <summary>How a seller's pitch fee is collected when they accept an offer.</summary>
public enum FeeCollection
{
    /// <summary>Nothing to pay (a full concession, or a zero fee): confirmed at once.</summary>
    Nothing,

    /// <summary>A flat or per-metre fee, paid on a hosted page before the offer runs out.</summary>
    PayNow,

    /// <summary>A footfall fee: a card saved now and charged after the day, once the visitors are counted.</summary>
    SaveCard,

    /// <summary>Payments are off: confirmed now, and the fee listed to invoice after the day.</summary>
    InvoiceAfterTheDay,
}

public static class PitchFeeCollection
{
    /// <summary>How the fee for these pitches is collected from a seller of this kind, and how much is due now.</summary>
    public static (FeeCollection How, Money DueNow) OnAcceptance(PitchFee fee, IReadOnlyCollection<Pitch> pitches, SellerBusinessType businessType, bool paymentsOn)
    {
        if (fee.Kind == PitchFeeKind.Footfall)
        {
            // Whatever the count, a full concession owes nothing.
            if (fee.Concessions.PercentFor(businessType) >= 100) return (FeeCollection.Nothing, Money.Zero(Money.PoundSterling));
            return (paymentsOn ? FeeCollection.SaveCard : FeeCollection.InvoiceAfterTheDay, Money.Zero(Money.PoundSterling));
        }
        var charged = fee.For(FeeBasis.For(pitches, 0), businessType).Charged;
        if (charged.MinorUnits == 0) return (FeeCollection.Nothing, charged);
        return paymentsOn ? (FeeCollection.PayNow, charged) : (FeeCollection.InvoiceAfterTheDay, charged);
    }
}
