namespace EstateCommons.Domain;

/// <summary>One thing wrong with submitted data, named by the field a person would correct.</summary>
[GenerateSerializer, Immutable]
public sealed record FieldError(string Field, string Message);
