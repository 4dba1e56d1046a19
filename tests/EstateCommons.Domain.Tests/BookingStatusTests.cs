using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>What organisers and site managers can do to a booking once it exists.</summary>
public sealed class BookingStatusTests
{
    private static readonly Booking Confirmed = Existing("2027-05-10T10:00", "2027-05-10T11:00");

    private static readonly Booking Pending = Existing("2027-05-10T10:00", "2027-05-10T11:00", BookingStatus.PendingApproval);

    [Fact]
    public void Cancelling_a_confirmed_booking_frees_its_time()
    {
        var change = Confirmed.Cancel("organiser@example.org");

        Assert.Null(change.Problem);
        Assert.Equal(BookingStatus.Cancelled, change.Updated!.Status);
        Assert.False(change.Updated.HoldsTime);
        Assert.Equal("Cancelled by organiser@example.org", change.Updated.StatusNote);
        Assert.True(Spaces.Timetable().Plan(Request("2027-05-10T10:00", "2027-05-10T11:00"), change.Updated).IsAccepted);
    }

    [Fact]
    public void Cancelling_a_booking_pending_approval_withdraws_it()
    {
        Assert.Equal(BookingStatus.Cancelled, Pending.Cancel("organiser@example.org").Updated!.Status);
    }

    [Fact]
    public void Booking_cannot_be_cancelled_twice()
    {
        var cancelled = Confirmed.Cancel("organiser@example.org").Updated!;

        var again = cancelled.Cancel("organiser@example.org");

        Assert.Null(again.Updated);
        Assert.Equal("The booking is already Cancelled and cannot be cancelled.", again.Problem);
    }

    [Fact]
    public void Approving_a_pending_booking_confirms_it()
    {
        var change = Pending.Approve("manager@nhs.example");

        Assert.Equal(BookingStatus.Confirmed, change.Updated!.Status);
        Assert.Equal("Approved by manager@nhs.example", change.Updated.StatusNote);
    }

    [Theory]
    [InlineData(BookingStatus.Confirmed)]
    [InlineData(BookingStatus.Cancelled)]
    [InlineData(BookingStatus.Rejected)]
    public void Only_a_pending_booking_can_be_approved_or_rejected(BookingStatus status)
    {
        var booking = Pending with { Status = status };

        Assert.Null(booking.Approve("manager@nhs.example").Updated);
        Assert.Null(booking.Reject("manager@nhs.example", "Room needed for vaccinations").Updated);
        Assert.Contains(status.ToString(), booking.Approve("manager@nhs.example").Problem);
    }

    [Fact]
    public void Rejecting_a_booking_records_the_reason_and_frees_the_time()
    {
        var change = Pending.Reject("manager@nhs.example", "Room needed for vaccinations");

        Assert.Equal(BookingStatus.Rejected, change.Updated!.Status);
        Assert.Equal("Room needed for vaccinations", change.Updated.StatusNote);
        Assert.False(change.Updated.HoldsTime);
    }

    [Fact]
    public void Rejecting_without_a_reason_records_who_rejected_it()
    {
        Assert.Equal("Rejected by manager@nhs.example", Pending.Reject("manager@nhs.example", " ").Updated!.StatusNote);
    }

    [Fact]
    public void Booking_shows_the_local_times_that_were_booked_and_its_calendar_page()
    {
        var lateNight = Existing("2027-05-31T23:30", "2027-06-01T00:30");

        Assert.Equal(new LocalDateTime(2027, 5, 31, 23, 30), lateNight.LocalStart.LocalDateTime);
        Assert.Equal(new LocalDate(2027, 5, 31), lateNight.Page);
        Assert.Equal(Duration.FromHours(1), lateNight.Length);
    }
}
