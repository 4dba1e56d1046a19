using EstateCommons.Payments;

namespace EstateCommons.Grains.Payments;

public sealed class PaymentState
{
    public Payment? Payment { get; set; }

    /// <summary>
    /// What the owner still has to be told, saved with the change that caused it, so a notice lost to a failure is
    /// given again when the provider redelivers (or on the next reminder) rather than never.
    /// </summary>
    public PaymentEffect? OwnerToBeTold { get; set; }
}
