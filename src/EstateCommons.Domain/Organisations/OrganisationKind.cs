namespace EstateCommons.Domain.Organisations;

/// <summary>What kind of body books space; each space sets a concession percentage per kind.</summary>
[GenerateSerializer]
public enum OrganisationKind
{
    RegisteredCharity,
    CommunityGroup,
    NhsTeam,
    Commercial,
}
