using System.Text.Json;

namespace EstateCommons.Storage;

/// <summary>
/// Turns grain records into UTF-8 JSON with one set of serializer options, and back; shared by every grain
/// storage so that state is written the same way whatever it is stored on.
/// </summary>
public sealed class RecordSerializer(JsonSerializerOptions options)
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
    public PooledBufferWriter Serialize<T>(T record)
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

    /// <summary>Reads a record; <paramref name="recordName"/> only names it in the error when it cannot be read.</summary>
    /// <exception cref="InvalidDataException">The bytes are not JSON of <typeparamref name="T"/>.</exception>
    public T? Deserialize<T>(ReadOnlySpan<byte> json, string recordName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, options);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Grain storage record '{recordName}' cannot be read as {typeof(T).Name}.", exception);
        }
    }
}
