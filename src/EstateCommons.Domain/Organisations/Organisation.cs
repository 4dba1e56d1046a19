using System.Text.RegularExpressions;

namespace EstateCommons.Domain.Organisations;

/// <summary>A charity, community group, NHS team or business that books space. Members are account emails.</summary>
[GenerateSerializer, Immutable]
public sealed partial record Organisation(string Id, string Name, OrganisationKind Kind, string? CharityNumber, IReadOnlyList<string> Members)
{
    public bool HasMember(string email) => Members.Contains(email, StringComparer.OrdinalIgnoreCase);

    public Organisation WithMember(string email) =>
        HasMember(email) ? this : this with { Members = [.. Members, email] };

    /// <summary>
    /// Registered charities must give their number: 6–8 digits (Charity Commission for England and Wales),
    /// "SC" + 6 digits (OSCR, Scotland) or "NIC" + 6 digits (Northern Ireland).
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(string? name, OrganisationKind kind, string? charityNumber)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors.Add(new FieldError("name", "Give the organisation's name (up to 200 characters)."));
        if (kind == OrganisationKind.RegisteredCharity && (charityNumber is null || !CharityNumberPattern().IsMatch(charityNumber)))
        {
            errors.Add(new FieldError("charityNumber", "A registered charity needs its charity number, such as 1234567, SC012345 or NIC100001."));
        }
        if (kind != OrganisationKind.RegisteredCharity && !string.IsNullOrEmpty(charityNumber))
        {
            errors.Add(new FieldError("charityNumber", "Only a registered charity has a charity number; choose the kind RegisteredCharity."));
        }
        return errors;
    }

    [GeneratedRegex(@"^([0-9]{6,8}|SC[0-9]{6}|NIC[0-9]{6})\z")]
    private static partial Regex CharityNumberPattern();
}
