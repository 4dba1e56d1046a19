using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>Turnaround buffers: the time a room needs between one group leaving and the next arriving.</summary>
public sealed class BufferTests
{
    private static readonly Booking ChoirAtEleven = Existing("2027-05-10T11:00", "2027-05-10T12:00");

    private static SpaceTimetable Room(int bufferMinutes) =>
        Spaces.Timetable(Spaces.Definition(Spaces.Rules(bufferMinutes: bufferMinutes)));

    [Fact]
    public void Booking_that_ends_as_another_starts_is_fine_without_a_buffer()
    {
        var decision = Room(bufferMinutes: 0).Plan(Request("2027-05-10T10:00", "2027-05-10T11:00"), ChoirAtEleven);

        Assert.True(decision.IsAccepted);
    }

    [Fact]
    public void Booking_that_overlaps_the_buffer_is_rejected()
    {
        var decision = Room(bufferMinutes: 15).Plan(Request("2027-05-10T10:00", "2027-05-10T11:00"), ChoirAtEleven);

        Assert.Empty(decision.Accepted);
        var failure = Assert.Single(decision.Failures);
        Assert.Empty(failure.Breaches);
        Assert.Equal(new Clash(ChoirAtEleven.Start, ChoirAtEleven.End, "booking"), Assert.Single(failure.Clashes));
        Assert.True(decision.OnlyClashes);
    }

    [Fact]
    public void Booking_that_leaves_the_buffer_clear_is_accepted()
    {
        var decision = Room(bufferMinutes: 15).Plan(Request("2027-05-10T12:15", "2027-05-10T13:00"), ChoirAtEleven);

        Assert.True(decision.IsAccepted);
    }

    [Fact]
    public void Cancelled_and_rejected_bookings_no_longer_hold_their_time()
    {
        var cancelled = Existing("2027-05-10T10:00", "2027-05-10T11:00", BookingStatus.Cancelled);
        var rejected = Existing("2027-05-10T10:00", "2027-05-10T11:00", BookingStatus.Rejected);

        var decision = Room(bufferMinutes: 15).Plan(Request("2027-05-10T10:00", "2027-05-10T11:00"), cancelled, rejected);

        Assert.True(decision.IsAccepted);
    }

    [Fact]
    public void Booking_pending_approval_holds_its_time()
    {
        var pending = Existing("2027-05-10T10:00", "2027-05-10T11:00", BookingStatus.PendingApproval);

        var decision = Room(bufferMinutes: 0).Plan(Request("2027-05-10T10:30", "2027-05-10T11:30"), pending);

        Assert.True(decision.OnlyClashes);
    }
}
