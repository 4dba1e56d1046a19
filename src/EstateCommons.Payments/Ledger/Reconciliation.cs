namespace EstateCommons.Payments;

/// <summary>
/// A site's money for a month, as finance teams reconcile it: every payment and refund with its totals, what is to be
/// invoiced (payments were off), and failed charges still outstanding. Every total is the sum of the lines shown.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Reconciliation(
    LedgerMonth Month,
    IReadOnlyList<LedgerEntry> Payments,
    IReadOnlyList<LedgerEntry> Refunds,
    IReadOnlyList<LedgerEntry> ToInvoice,
    IReadOnlyList<LedgerEntry> Outstanding,
    Money PaymentsTotal,
    Money RefundsTotal,
    Money NetReceived,
    Money ToInvoiceTotal,
    Money OutstandingTotal)
{
    public static Reconciliation Of(LedgerMonth month, IReadOnlyCollection<LedgerEntry> entries)
    {
        List<LedgerEntry> Lines(LedgerEntryKind kind) => entries.Where(e => e.Kind == kind).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var payments = Lines(LedgerEntryKind.Payment);
        var refunds = Lines(LedgerEntryKind.Refund);
        var toInvoice = Lines(LedgerEntryKind.ToInvoice);
        // A failed charge is settled by a later payment under the same payment id (through its payment link), which the
        // payment's month records as a payment and the failure's month as a settlement.
        var settled = payments.Concat(Lines(LedgerEntryKind.ChargeSettled)).Select(p => p.PaymentId).ToHashSet(StringComparer.Ordinal);
        var outstanding = Lines(LedgerEntryKind.ChargeFailed).Where(f => !settled.Contains(f.PaymentId)).ToList();
        var paid = Sum(payments);
        var refunded = Sum(refunds);
        return new Reconciliation(month, payments, refunds, toInvoice, outstanding, paid, refunded, paid.Minus(refunded), Sum(toInvoice), Sum(outstanding));
    }

    private static Money Sum(IEnumerable<LedgerEntry> lines) => Money.Gbp(lines.Sum(l => l.Amount.MinorUnits));
}
