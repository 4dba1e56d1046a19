using System.Text.Json;

namespace EstateCommons.Storage;

internal sealed class RecordSerializer(JsonSerializerOptions options)
{
    // Most records are 1–30 KB; starting here means a typical write never regrows the buffer.
    private const int InitialBufferSize = 16 * 1024;

    private readonly JsonWriterOptions _writerOptions = new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        MaxDepth = options.MaxDepth,
    };

    /// <summary>The caller owns the returned buffer and must dispose it once the bytes are written.</summary>
    public PooledBufferWriter Serialize<T>(StoredRecord<T> record)
    {
        var buffer = new PooledBufferWriter(InitialBufferSize);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, _writerOptions);
            JsonSerializer.Serialize(writer, record, options);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    public StoredRecord<T> Deserialize<T>(ReadOnlySpan<byte> json, string path)
    {
        StoredRecord<T>? record;
        try
        {
            record = JsonSerializer.Deserialize<StoredRecord<T>>(json, options);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Grain storage record '{path}' cannot be read as {typeof(T).Name}.", exception);
        }
        if (record is null || string.IsNullOrEmpty(record.ETag))
        {
            throw new InvalidDataException($"Grain storage record '{path}' has no etag.");
        }
        return record;
    }
}
