using System.Text.Json;

namespace EstateCommons.Storage;

/// <summary>
/// Settings for <see cref="FileGrainStorage"/>: where records live, how state is serialised and how
/// much disk parallelism the provider uses.
/// </summary>
public sealed class FileGrainStorageOptions
{
    /// <summary>Directory under which every record is stored; created on demand.</summary>
    public string RootDirectory { get; set; } = "";

    /// <summary>
    /// Serializer settings for grain state. When null, <see cref="FileGrainStorageJson.CreateDefaultOptions"/>
    /// is used; start from that method to add converters rather than building options from scratch.
    /// </summary>
    public JsonSerializerOptions? SerializerOptions { get; set; }

    /// <summary>
    /// Also fsync the record's directory after each rename or delete (Unix only), so an acknowledged
    /// write survives power loss rather than only a process crash. On by default.
    /// </summary>
    public bool FlushDirectoryOnWrite { get; set; } = true;

    /// <summary>
    /// On Linux, make concurrent writes durable together: each write's temp file is flushed and renamed in a
    /// batch with one syncfs before and one after the renames, instead of fsync per file and per directory.
    /// As durable as the per-file path (including the directory entry), far fewer device flushes. On by default;
    /// ignored elsewhere.
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>
    /// Dedicated threads that perform blocking disk work (fsync). Sized to the expected number of
    /// concurrent writers, so their fsyncs share journal commits instead of queueing.
    /// </summary>
    public int DiskThreadCount { get; set; } = 32;
}
