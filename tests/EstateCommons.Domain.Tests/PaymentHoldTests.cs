using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>A booking that must be paid for: held while the booker pays, confirmed when paid, released when not.</summary>
public sealed class PaymentHoldTests
{
    private static readonly Booking Held = Existing("2027-05-10T10:00", "2027-05-10T11:00", BookingStatus.PendingPayment) with
    {
        PaymentId = "pay-1",
        HoldUntil = Spaces.Now + Duration.FromMinutes(30),
    };

    private static readonly BookingRequest SameHour = Request("2027-05-10T10:00", "2027-05-10T11:00");

    [Fact]
    public void A_booking_waiting_for_payment_keeps_its_time_from_others()
    {
        Assert.True(Spaces.Timetable().Plan(SameHour, Held).OnlyClashes);
    }

    [Fact]
    public void Paid_in_time_it_is_confirmed_or_waits_for_the_manager_where_the_space_needs_approval()
    {
        Assert.Equal(BookingStatus.Confirmed, Held.ConfirmPaid(approvalRequired: false).Updated!.Status);
        Assert.Equal(BookingStatus.PendingApproval, Held.ConfirmPaid(approvalRequired: true).Updated!.Status);
    }

    [Fact]
    public void Released_unpaid_it_frees_its_time()
    {
        var released = Held.ReleaseUnpaid().Updated!;

        Assert.Equal(BookingStatus.PaymentExpired, released.Status);
        Assert.True(Spaces.Timetable().Plan(SameHour, released).IsAccepted);
    }

    [Theory]
    [InlineData(BookingStatus.Confirmed)]
    [InlineData(BookingStatus.PendingApproval)]
    [InlineData(BookingStatus.Cancelled)]
    [InlineData(BookingStatus.PaymentExpired)]
    public void Only_a_booking_waiting_for_payment_is_confirmed_as_paid_or_released(BookingStatus status)
    {
        var booking = Held with { Status = status };

        Assert.Contains(status.ToString(), booking.ConfirmPaid(approvalRequired: false).Problem);
        Assert.Null(booking.ReleaseUnpaid().Updated);
    }

    [Fact]
    public void A_booking_waiting_for_payment_can_be_cancelled_but_one_released_unpaid_cannot()
    {
        Assert.Equal(BookingStatus.Cancelled, Held.Cancel("organiser@example.org").Updated!.Status);
        Assert.Null(Held.ReleaseUnpaid().Updated!.Cancel("organiser@example.org").Updated);
    }

    [Fact]
    public void Paid_after_release_it_is_held_again_only_if_it_was_released_for_want_of_payment()
    {
        var released = Held.ReleaseUnpaid().Updated!;

        Assert.Equal(BookingStatus.Confirmed, released.HoldAgainPaid(approvalRequired: false).Updated!.Status);
        Assert.Null(Held.Cancel("organiser@example.org").Updated!.HoldAgainPaid(approvalRequired: false).Updated);
    }

    [Fact]
    public void Released_time_can_be_held_again_while_it_is_free()
    {
        var released = Held.ReleaseUnpaid().Updated!;

        Assert.True(CanHoldAgain(Spaces.Timetable(), released));
    }

    [Fact]
    public void Released_time_cannot_be_held_again_once_booked_by_someone_else_or_within_the_buffer()
    {
        var released = Held.ReleaseUnpaid().Updated!;
        var nextDoor = Existing("2027-05-10T11:00", "2027-05-10T12:00");
        var buffered = Spaces.Timetable(Spaces.Definition(Spaces.Rules(bufferMinutes: 15)));

        Assert.False(CanHoldAgain(Spaces.Timetable(), released, Existing("2027-05-10T10:30", "2027-05-10T11:30")));
        Assert.True(CanHoldAgain(Spaces.Timetable(), released, nextDoor));
        Assert.False(CanHoldAgain(buffered, released, nextDoor));
    }

    [Fact]
    public void Released_time_cannot_be_held_again_once_the_space_is_closed_or_the_time_has_passed()
    {
        var released = Held.ReleaseUnpaid().Updated!;
        var closed = Spaces.Timetable(Spaces.Definition(closures: [new Closure(Spaces.Date("2027-05-10"), Spaces.Date("2027-05-10"), "Flooring")]));

        Assert.False(CanHoldAgain(closed, released));
        Assert.False(BookingPlanner.CanHoldAgain([released], Spaces.Timetable(), released.Start, _ => []));
    }

    private static bool CanHoldAgain(SpaceTimetable timetable, Booking released, params Booking[] others) =>
        BookingPlanner.CanHoldAgain([released], timetable, Spaces.Now, _ => [released, .. others]);
}
