using System.Text.Json.Serialization;

namespace EstateCommons.Storage;

// The ETag lives inside the same file as the state so that one atomic rename publishes both: there is
// no moment at which a reader could pair new state with an old ETag. The explicit names and order keep
// the envelope's shape independent of the caller's naming policy, and "etag" first lets a writer check
// the stored ETag from the first few bytes without parsing the state.
internal sealed record StoredRecord<T>(
    [property: JsonPropertyName("etag"), JsonPropertyOrder(0)] string ETag,
    [property: JsonPropertyName("state"), JsonPropertyOrder(1)] T? State);
