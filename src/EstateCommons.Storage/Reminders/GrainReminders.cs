using System.Collections.Immutable;
using Orleans;
using Orleans.Runtime;

namespace EstateCommons.Storage.Reminders;

// One grain's reminders, as its file holds them and as the index keeps them. Immutable, so reads need no lock and
// a writer publishes a new value only once the file that holds it is durable. The ring hash is kept because range
// reads test it for every grain.
internal sealed record GrainReminders(GrainId GrainId, uint Hash, ImmutableDictionary<string, StoredReminder> ByName)
{
    public static GrainReminders None(GrainId grainId) =>
        new(grainId, grainId.GetUniformHashCode(), ImmutableDictionary.Create<string, StoredReminder>(StringComparer.Ordinal));

    public bool IsEmpty => ByName.IsEmpty;

    public GrainReminders With(StoredReminder reminder) => this with { ByName = ByName.SetItem(reminder.Name, reminder) };

    public GrainReminders Without(string name) => this with { ByName = ByName.Remove(name) };

    public bool Holds(string name, string etag) => ByName.TryGetValue(name, out var reminder) && reminder.ETag == etag;

    public ReminderEntry? Entry(string name) => ByName.TryGetValue(name, out var reminder) ? reminder.ToEntry(GrainId) : null;

    public IEnumerable<ReminderEntry> Entries() => ByName.Values.Select(reminder => reminder.ToEntry(GrainId));
}
