using Orleans.Runtime;

namespace EstateCommons.Storage;

/// <summary>
/// How grain storage names a grain's record, wherever it keeps it (a file, a blob):
/// <c>&lt;grain type&gt;/&lt;grain key&gt;/&lt;state name&gt;.json</c>. Each part is encoded down to
/// <c>[a-z0-9-_]</c> with <c>%XX</c> escapes, so keys that differ only in case or punctuation never share a record
/// and no part can be "." or "..".
/// </summary>
public static class RecordName
{
    public const string Extension = ".json";

    /// <summary>The record's three encoded parts: grain type, grain key, and state name with <see cref="Extension"/>.</summary>
    public static string[] Segments(GrainId grainId, string stateName) =>
    [
        FileNameEncoder.Encode(grainId.Type.ToString()!),
        FileNameEncoder.Encode(grainId.Key.ToString()!),
        FileNameEncoder.Encode(stateName) + Extension,
    ];

    /// <summary>The parts joined with '/', as a blob name or any other key in a flat namespace.</summary>
    public static string For(GrainId grainId, string stateName) => string.Join('/', Segments(grainId, stateName));
}
