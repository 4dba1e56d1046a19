using System.Text.Json;
using Orleans.Runtime;

namespace EstateCommons.Storage.Reminders;

// Root/<grain type>/<grain key>.json holds every reminder of one grain, so registering or cancelling a reminder
// rewrites one small file, never the table. The file also names the grain's type and key, because the file name of
// a long key is hashed and cannot be turned back into the key when the table loads.
internal static class ReminderFile
{
    public const string Extension = ".json";

    // Null or missing fields make a file unreadable rather than loading as a reminder without a name or ETag.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string PathFor(string rootDirectory, GrainId grainId) =>
        Path.Join(
            rootDirectory,
            FileNameEncoder.Encode(grainId.Type.ToString()!),
            FileNameEncoder.Encode(grainId.Key.ToString()!) + Extension);

    public static byte[] Serialize(GrainReminders reminders)
    {
        var contents = new Contents(
            reminders.GrainId.Type.ToString()!,
            reminders.GrainId.Key.ToString()!,
            [.. reminders.ByName.Values.OrderBy(reminder => reminder.Name, StringComparer.Ordinal)]);
        return JsonSerializer.SerializeToUtf8Bytes(contents, Json);
    }

    public static GrainReminders Read(string path)
    {
        Contents contents;
        try
        {
            contents = JsonSerializer.Deserialize<Contents>(File.ReadAllBytes(path), Json)
                ?? throw new InvalidDataException($"Reminder file '{path}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Reminder file '{path}' cannot be read.", exception);
        }
        var reminders = GrainReminders.None(GrainId.Create(contents.GrainType, contents.GrainKey));
        foreach (var reminder in contents.Reminders) reminders = reminders.With(reminder);
        return reminders;
    }

    private sealed record Contents(string GrainType, string GrainKey, IReadOnlyList<StoredReminder> Reminders);
}
