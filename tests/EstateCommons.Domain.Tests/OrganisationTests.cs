namespace EstateCommons.Domain.Tests;

/// <summary>Who may book, and what a registered charity must tell us.</summary>
public sealed class OrganisationTests
{
    [Theory]
    [InlineData("123456")]
    [InlineData("1123456")]
    [InlineData("12345678")]
    [InlineData("SC012345")]
    [InlineData("NIC100001")]
    public void Registered_charity_with_a_charity_number_from_any_UK_regulator_is_accepted(string number)
    {
        Assert.Empty(Organisation.Validate("Carers Network", OrganisationKind.RegisteredCharity, number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("123456789")]
    [InlineData("sc012345")]
    [InlineData("SC01234")]
    [InlineData("NI100001")]
    [InlineData("1123456\n")]
    public void Registered_charity_without_a_proper_charity_number_is_refused(string? number)
    {
        var error = Assert.Single(Organisation.Validate("Carers Network", OrganisationKind.RegisteredCharity, number));

        Assert.Equal("charityNumber", error.Field);
    }

    [Fact]
    public void Community_group_giving_a_charity_number_is_told_to_register_as_a_charity()
    {
        var error = Assert.Single(Organisation.Validate("Knit and Natter", OrganisationKind.CommunityGroup, "1123456"));

        Assert.Contains("RegisteredCharity", error.Message);
    }

    [Fact]
    public void Organisation_needs_a_name()
    {
        Assert.Equal("name", Assert.Single(Organisation.Validate(" ", OrganisationKind.NhsTeam, null)).Field);
    }

    [Fact]
    public void Members_are_matched_by_email_whatever_the_case()
    {
        var organisation = new Organisation("carers", "Carers Network", OrganisationKind.RegisteredCharity, "1123456", ["ann@carers.example"]);

        var again = organisation.WithMember("Ann@Carers.example");

        Assert.Same(organisation, again);
        Assert.True(organisation.HasMember("ANN@CARERS.EXAMPLE"));
        Assert.Equal(2, organisation.WithMember("bob@carers.example").Members.Count);
    }
}
