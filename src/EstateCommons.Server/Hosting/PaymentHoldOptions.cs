namespace EstateCommons.Server.Hosting;

/// <summary>
/// How long a booking that must be paid for is held while the booker pays ("EstateCommons:Payments:HoldMinutes").
/// After that its time is released, unless paid.
/// </summary>
public sealed class PaymentHoldOptions
{
    public const string Section = $"{EstateCommonsOptions.Section}:Payments";

    /// <summary>The payment grain keeps a hold for at most a day, as hosted pages close within one.</summary>
    public const int LongestMinutes = 24 * 60;

    public int HoldMinutes { get; set; } = 30;

    public Duration Hold => Duration.FromMinutes(HoldMinutes);
}
