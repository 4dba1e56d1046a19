namespace EstateCommons.Domain.Bookings;

[GenerateSerializer]
public enum BookingStatus
{
    /// <summary>Waiting for a site manager; the time is held meanwhile so nobody else can take it.</summary>
    PendingApproval,
    Confirmed,
    Cancelled,
    Rejected,

    /// <summary>Held while the booker pays on a hosted page; released if payment does not come in time.</summary>
    PendingPayment,

    /// <summary>Not paid before the hold ran out: the time was released for others to book.</summary>
    PaymentExpired,

    /// <summary>Confirmed, but the booker did not come: marked by a site manager once the booking had started.</summary>
    NoShow,
}
