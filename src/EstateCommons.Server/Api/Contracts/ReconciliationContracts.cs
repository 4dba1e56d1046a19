using EstateCommons.Payments;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>One line of a site's ledger as finance reads it: local time, kind, what for, who paid and how much.</summary>
public sealed record LedgerLineView(string At, string Kind, string PaymentId, string Purpose, string Description, string Payer, long AmountPence, string? ProviderReference)
{
    public static LedgerLineView Of(LedgerEntry e, DateTimeZone zone) => new(
        TimeText.Instant(e.At, zone), EnumText.Of(e.Kind), e.PaymentId, EnumText.Of(e.Purpose), e.Description, e.Payer,
        e.Amount.MinorUnits, e.ProviderReference);
}

/// <summary>A site's month of money; each total is the sum of the lines listed under it.</summary>
public sealed record ReconciliationView(
    string SiteId, string Month,
    IReadOnlyList<LedgerLineView> Payments, IReadOnlyList<LedgerLineView> Refunds, IReadOnlyList<LedgerLineView> ToInvoice, IReadOnlyList<LedgerLineView> Outstanding,
    long PaymentsPence, long RefundsPence, long NetReceivedPence, long ToInvoicePence, long OutstandingPence)
{
    public static ReconciliationView Of(Reconciliation r, DateTimeZone zone)
    {
        List<LedgerLineView> Lines(IEnumerable<LedgerEntry> entries) => entries.Select(e => LedgerLineView.Of(e, zone)).ToList();
        return new ReconciliationView(
            r.Month.SiteId, $"{r.Month.Month.Year:D4}-{r.Month.Month.Month:D2}",
            Lines(r.Payments), Lines(r.Refunds), Lines(r.ToInvoice), Lines(r.Outstanding),
            r.PaymentsTotal.MinorUnits, r.RefundsTotal.MinorUnits, r.NetReceived.MinorUnits, r.ToInvoiceTotal.MinorUnits, r.OutstandingTotal.MinorUnits);
    }
}
