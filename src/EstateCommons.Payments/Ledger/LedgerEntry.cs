namespace EstateCommons.Payments;

/// <summary>What a line in a site's money ledger records.</summary>
public enum LedgerEntryKind
{
    /// <summary>Money received.</summary>
    Payment,

    /// <summary>Money given back (a positive amount).</summary>
    Refund,

    /// <summary>A chargeable item confirmed while payments were off, for the finance team to invoice.</summary>
    ToInvoice,

    /// <summary>A charge that failed; outstanding until it is settled.</summary>
    ChargeFailed,

    /// <summary>A failed charge later paid (its payment is a line of the month it was paid in); not money in itself.</summary>
    ChargeSettled,
}

/// <summary>
/// One line of a site's ledger, kept per site and month (in the site's zone) so reconciliation reads one month's lines
/// rather than every payment. <see cref="Id"/> makes recording it idempotent.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LedgerEntry(
    string Id,
    LedgerEntryKind Kind,
    string PaymentId,
    PaymentPurpose Purpose,
    string Description,
    string Payer,
    Money Amount,
    Instant At,
    string? ProviderReference);

/// <summary>Names a site's ledger for one month: the key "site/2027-03" of the grain that keeps it.</summary>
[GenerateSerializer, Immutable]
public readonly record struct LedgerMonth(string SiteId, YearMonth Month)
{
    public string Key => $"{SiteId}/{Month.Year:D4}-{Month.Month:D2}";

    public static LedgerMonth Of(string siteId, Instant at, DateTimeZone zone)
    {
        var date = at.InZone(zone).Date;
        return new LedgerMonth(siteId, new YearMonth(date.Year, date.Month));
    }

    public static LedgerMonth FromKey(string key)
    {
        var slash = key.LastIndexOf('/');
        var month = key[(slash + 1)..].Split('-');
        return new LedgerMonth(key[..slash], new YearMonth(int.Parse(month[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(month[1], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
