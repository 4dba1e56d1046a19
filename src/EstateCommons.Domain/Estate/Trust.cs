namespace EstateCommons.Domain.Estate;

/// <summary>The NHS organisation that owns sites, for example an acute hospital trust.</summary>
[GenerateSerializer, Immutable]
public sealed record Trust(string Id, string Name)
{
    public static IReadOnlyList<FieldError> Validate(string? id, string? name)
    {
        var errors = new List<FieldError>();
        if (Slug.Check("id", id) is { } idError) errors.Add(idError);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors.Add(new FieldError("name", "Give the trust's name (up to 200 characters)."));
        return errors;
    }
}
