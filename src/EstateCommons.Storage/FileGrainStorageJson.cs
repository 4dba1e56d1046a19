using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace EstateCommons.Storage;

/// <summary>
/// The serializer settings grain storage uses unless told otherwise: <see cref="FileGrainStorage"/>, and the blob
/// storage beside it, so a record reads the same wherever it was kept.
/// </summary>
public static class FileGrainStorageJson
{
    /// <summary>
    /// camelCase properties, enums as strings, NodaTime types in their ISO forms. Returns a new,
    /// still mutable instance so callers can add converters before handing it to the options.
    /// </summary>
    public static JsonSerializerOptions CreateDefaultOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // DictionaryKeyPolicy stays null: it is applied when writing but not undone when reading,
            // so renaming keys would change the data on every round trip.
            Converters = { new JsonStringEnumConverter() },
        };
        return options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }
}
