namespace EstateCommons.Domain.Spaces;

[GenerateSerializer, Immutable]
public sealed record Accessibility(bool StepFreeAccess, bool AccessibleToilet, bool HearingLoop, string? Notes)
{
    public static readonly Accessibility None = new(false, false, false, null);
}
