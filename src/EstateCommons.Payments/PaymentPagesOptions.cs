namespace EstateCommons.Payments;

/// <summary>
/// Where a payer comes back to after a hosted page: the server's public address ("EstateCommons:PublicBaseUrl").
/// </summary>
public sealed class PaymentPagesOptions
{
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string Done(string paymentId) => $"{PublicBaseUrl.TrimEnd('/')}/payments/{paymentId}?result=done";

    public string Cancelled(string paymentId) => $"{PublicBaseUrl.TrimEnd('/')}/payments/{paymentId}?result=cancelled";
}
