using EstateCommons.Domain.Organisations;

namespace EstateCommons.Server.Api.Contracts;

public sealed record CreateOrganisationRequest(string? Name, string? Kind, string? CharityNumber);

public sealed record AddMemberRequest(string? Email);

public sealed record OrganisationView(string Id, string Name, string Kind, string? CharityNumber, IReadOnlyList<string> Members)
{
    public static OrganisationView Of(Organisation o) => new(o.Id, o.Name, o.Kind.ToString(), o.CharityNumber, o.Members);
}
