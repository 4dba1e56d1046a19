using EstateCommons.Payments;

namespace EstateCommons.Grains.Payments;

public sealed class PaymentState
{
    public Payment? Payment { get; set; }
}
