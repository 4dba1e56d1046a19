namespace EstateCommons.Grains.Spaces;

/// <summary>The occurrence ids of a repeating booking, so "cancel this and the rest" can find them.</summary>
public sealed class SeriesRecord
{
    public List<string> OccurrenceIds { get; set; } = [];
}
