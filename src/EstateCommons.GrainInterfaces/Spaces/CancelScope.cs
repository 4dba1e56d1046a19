namespace EstateCommons.GrainInterfaces.Spaces;

[GenerateSerializer]
public enum CancelScope
{
    /// <summary>Only the booking named.</summary>
    ThisOccurrence,
    /// <summary>The booking named and every later occurrence of its series.</summary>
    ThisAndFollowing,
}
