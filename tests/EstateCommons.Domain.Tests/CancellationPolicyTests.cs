using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>What a cancelled booking gets back: all of its charge with enough notice, nothing without, all of it when the site cancels.</summary>
public sealed class CancellationPolicyTests
{
    private static readonly Booking Hire = Existing("2027-05-10T10:00", "2027-05-10T12:00");

    private static readonly CancellationPolicy TwoDays = new(48);

    [Theory]
    [InlineData("2027-05-01T09:00", 6000)]
    [InlineData("2027-05-08T10:00", 6000)]
    [InlineData("2027-05-08T10:01", 0)]
    [InlineData("2027-05-10T09:00", 0)]
    [InlineData("2027-05-10T11:00", 0)]
    public void A_booker_gets_everything_back_with_48_hours_notice_and_nothing_with_less(string cancelledAt, long refundPence)
    {
        Assert.Equal(Money.Gbp(refundPence), TwoDays.RefundFor(Hire, Spaces.InLondon(cancelledAt), byManager: false));
    }

    [Fact]
    public void The_site_cancelling_an_hour_before_refunds_everything()
    {
        Assert.Equal(Hire.Price.Charged, TwoDays.RefundFor(Hire, Spaces.InLondon("2027-05-10T09:00"), byManager: true));
    }

    [Fact]
    public void Notice_is_counted_in_elapsed_hours_across_a_clock_change()
    {
        // 48 hours before 10:00 on Monday 29 March 2027 is 09:00 on the Saturday: the clocks went forward in between.
        var afterTheChange = Existing("2027-03-29T10:00", "2027-03-29T11:00");

        Assert.Equal(afterTheChange.Price.Charged, TwoDays.RefundFor(afterTheChange, Spaces.InLondon("2027-03-27T09:00"), byManager: false));
        Assert.Equal(Money.Gbp(0), TwoDays.RefundFor(afterTheChange, Spaces.InLondon("2027-03-27T09:30"), byManager: false));
    }

    [Fact]
    public void A_space_without_a_policy_of_its_own_refunds_with_48_hours_notice()
    {
        Assert.Equal(48, Spaces.Definition().CancellationPolicy.FullRefundHoursBefore);
        Assert.Equal(12, (Spaces.Definition() with { Cancellation = new CancellationPolicy(12) }).CancellationPolicy.FullRefundHoursBefore);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(CancellationPolicy.LongestHours + 1)]
    public void Notice_must_be_from_none_to_a_year(int hours)
    {
        var errors = (Spaces.Definition() with { Cancellation = new CancellationPolicy(hours) }).Validate();

        Assert.Equal("cancellation.fullRefundHoursBefore", Assert.Single(errors).Field);
    }
}
