using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>Sellers report their takings in confidence; a figure must never let anyone but a manager read off another seller's.</summary>
public sealed class TakingsDisclosureTests
{
    private static readonly SellerTakings Bakery = new("bakery", Money.Gbp(42_000));
    private static readonly SellerTakings Curry = new("curry", Money.Gbp(61_050));
    private static readonly SellerTakings Honey = new("honey", Money.Gbp(9_900));

    [Fact]
    public void A_figure_covering_three_sellers_is_shown_to_anyone()
    {
        var aggregate = TakingsDisclosure.Aggregate([Bakery, Curry, Honey], TakingsViewer.Public);

        Assert.Equal(new TakingsAggregate(Money.Gbp(112_950), 3, TakingsDisclosureReason.EnoughSellers), aggregate);
    }

    [Fact]
    public void A_figure_covering_two_sellers_is_withheld_from_the_public_and_from_other_sellers()
    {
        var toPublic = TakingsDisclosure.Aggregate([Bakery, Curry], TakingsViewer.Public);
        var toHoney = TakingsDisclosure.Aggregate([Bakery, Curry], TakingsViewer.Seller("honey"));

        Assert.Equal(new TakingsAggregate(null, 2, TakingsDisclosureReason.TooFewSellers), toPublic);
        Assert.Equal(new TakingsAggregate(null, 2, TakingsDisclosureReason.TooFewSellers), toHoney);
    }

    [Fact]
    public void A_seller_in_a_two_seller_figure_cannot_see_it_because_it_would_reveal_the_other()
    {
        Assert.True(TakingsDisclosure.Aggregate([Bakery, Curry], TakingsViewer.Seller("bakery")).IsWithheld);
        Assert.False(TakingsDisclosure.CanSee(TakingsViewer.Seller("bakery"), ["bakery", "curry"]));
    }

    [Fact]
    public void A_seller_always_sees_a_figure_made_only_of_their_own_takings()
    {
        var morningAndAfternoon = new[] { Bakery, Bakery with { Takings = Money.Gbp(3_000) } };

        var aggregate = TakingsDisclosure.Aggregate(morningAndAfternoon, TakingsViewer.Seller("bakery"));

        Assert.Equal(new TakingsAggregate(Money.Gbp(45_000), 1, TakingsDisclosureReason.OwnTakings), aggregate);
        Assert.True(TakingsDisclosure.Aggregate(morningAndAfternoon, TakingsViewer.Seller("curry")).IsWithheld);
    }

    [Fact]
    public void A_manager_sees_every_figure_however_few_sellers_it_covers()
    {
        var aggregate = TakingsDisclosure.Aggregate([Curry], TakingsViewer.Manager);

        Assert.Equal(new TakingsAggregate(Money.Gbp(61_050), 1, TakingsDisclosureReason.Manager), aggregate);
        Assert.True(TakingsDisclosure.CanSee(TakingsViewer.Manager, ["curry"]));
    }

    [Fact]
    public void A_seller_reporting_twice_still_counts_as_one_seller()
    {
        var aggregate = TakingsDisclosure.Aggregate([Bakery, Bakery, Curry], TakingsViewer.Public);

        Assert.Equal(2, aggregate.Sellers);
        Assert.True(aggregate.IsWithheld);
    }

    [Fact]
    public void A_day_with_no_takings_reported_has_no_figure()
    {
        var aggregate = TakingsDisclosure.Aggregate([], TakingsViewer.Manager);

        Assert.Equal(new TakingsAggregate(null, 0, TakingsDisclosureReason.NothingReported), aggregate);
        Assert.False(TakingsDisclosure.CanSee(TakingsViewer.Public, []));
    }
}
