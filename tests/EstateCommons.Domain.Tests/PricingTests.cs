using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static EstateCommons.Domain.Tests.Requests;

namespace EstateCommons.Domain.Tests;

/// <summary>What a booking costs, and how much of its value is given to the community.</summary>
public sealed class PricingTests
{
    private static readonly Pricing SixtyPoundsAnHour = Spaces.HourlyPricing(pencePerHour: 6000, charityConcession: 100, communityConcession: 50);

    [Fact]
    public void Registered_charity_with_a_full_concession_pays_nothing_and_the_whole_value_is_given_in_kind()
    {
        var price = SixtyPoundsAnHour.PriceFor(Duration.FromMinutes(90), OrganisationKind.RegisteredCharity);

        Assert.Equal(Money.Gbp(9000), price.FullRate);
        Assert.Equal(Money.Gbp(0), price.Charged);
        Assert.Equal(Money.Gbp(9000), price.InKind);
        Assert.Equal(100, price.ConcessionPercent);
    }

    [Fact]
    public void Commercial_hirer_without_a_concession_pays_the_full_rate()
    {
        var price = SixtyPoundsAnHour.PriceFor(Duration.FromMinutes(90), OrganisationKind.Commercial);

        Assert.Equal(Money.Gbp(9000), price.Charged);
        Assert.Equal(Money.Gbp(0), price.InKind);
    }

    [Fact]
    public void Planner_charges_the_concession_of_the_organisation_that_books()
    {
        var room = Spaces.Timetable(Spaces.Definition(pricing: SixtyPoundsAnHour));

        var decision = room.Plan(Request("2027-05-10T10:00", "2027-05-10T11:30", kind: OrganisationKind.CommunityGroup));

        Assert.Equal(new BookingPrice(Money.Gbp(9000), Money.Gbp(4500), 50), Assert.Single(decision.Accepted).Price);
    }

    [Theory]
    [InlineData(2010, 15, 503)]  // 502.5p
    [InlineData(1999, 45, 1499)] // 1499.25p
    [InlineData(90, 1, 2)]       // 1.5p
    [InlineData(6000, 1, 100)]
    public void Full_rate_for_odd_minutes_and_rates_rounds_half_up_to_the_penny(long pencePerHour, int minutes, long expectedPence)
    {
        var price = Spaces.HourlyPricing(pencePerHour).PriceFor(Duration.FromMinutes(minutes), OrganisationKind.Commercial);

        Assert.Equal(Money.Gbp(expectedPence), price.FullRate);
    }

    [Fact]
    public void Concession_is_taken_off_the_rounded_full_rate_and_rounds_half_up()
    {
        // 1999p/h for 45 minutes is 1499p; half of that is 749.5p.
        var price = Spaces.HourlyPricing(1999).PriceFor(Duration.FromMinutes(45), OrganisationKind.CommunityGroup);

        Assert.Equal(Money.Gbp(1499), price.FullRate);
        Assert.Equal(Money.Gbp(750), price.Charged);
        Assert.Equal(Money.Gbp(749), price.InKind);
    }

    [Fact]
    public void Subtracting_money_in_another_currency_is_refused()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Money.Gbp(500).Minus(new Money(100, "EUR")));

        Assert.Equal("Cannot subtract EUR from GBP.", exception.Message);
    }

    [Fact]
    public void Concession_over_one_hundred_percent_is_refused()
    {
        var errors = Spaces.HourlyPricing(charityConcession: 110).Validate();

        Assert.Equal("pricing.concessions.RegisteredCharity", Assert.Single(errors).Field);
    }

    [Property]
    public Property Charge_and_value_in_kind_always_add_up_to_the_full_rate() =>
        Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(1, 7 * 24 * 60).ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(),
            (pencePerHour, minutes, concession) =>
            {
                var pricing = new Pricing(pencePerHour, Money.PoundSterling, new Dictionary<OrganisationKind, int> { [OrganisationKind.NhsTeam] = concession });

                var price = pricing.PriceFor(Duration.FromMinutes(minutes), OrganisationKind.NhsTeam);

                var exactPence = pencePerHour * (decimal)minutes / 60;
                Assert.InRange(price.FullRate.MinorUnits - exactPence, -0.5m, 0.5m);
                Assert.InRange(price.Charged.MinorUnits, 0, price.FullRate.MinorUnits);
                Assert.Equal(price.FullRate.MinorUnits, price.Charged.MinorUnits + price.InKind.MinorUnits);
            });
}
