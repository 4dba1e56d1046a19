using System.Text.Json.Serialization;
using Orleans;
using Orleans.Runtime;

namespace EstateCommons.Storage.Reminders;

// Immutable, unlike Orleans' ReminderEntry, so the index can hand out copies and never have its rows changed by a
// caller that edits an entry it was given. "etag" is spelled as in the grain storage files.
internal sealed record StoredReminder(string Name, DateTime StartAt, TimeSpan Period, [property: JsonPropertyName("etag")] string ETag)
{
    public ReminderEntry ToEntry(GrainId grainId) => new()
    {
        GrainId = grainId,
        ReminderName = Name,
        StartAt = StartAt,
        Period = Period,
        ETag = ETag,
    };
}
