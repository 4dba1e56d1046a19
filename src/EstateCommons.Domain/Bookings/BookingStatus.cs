namespace EstateCommons.Domain.Bookings;

[GenerateSerializer]
public enum BookingStatus
{
    /// <summary>Waiting for a site manager; the time is held meanwhile so nobody else can take it.</summary>
    PendingApproval,
    Confirmed,
    Cancelled,
    Rejected,
}
