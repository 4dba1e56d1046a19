using System.Text.Json;
using System.Text.Json.Serialization;

namespace EstateCommons.Footfall.Benchmarks;

// The request and response shapes of the market and footfall API the benchmark uses, written here rather than
// shared with the server so the benchmark exercises the wire format a real client sees.

public sealed record MarketScheduleBody(List<string> Weekdays, string Opens, string Closes, string FirstDate, string LastDate);

public sealed record PitchBody(string Id, decimal WidthMetres, decimal DepthMetres);

public sealed record FeeBody(string Kind, long RatePerHundredVisitorsPence, long FloorPence, long CapPence);

public sealed record PutMarketRequest(string Name, string Location, MarketScheduleBody Schedule, List<PitchBody> Pitches, FeeBody Fee);

public sealed record RegisterCounterRequest(string Name);

public sealed record CounterRegistered(string Id, string Token);

public sealed record FootfallBatchAccepted(int Recorded, bool Repeat);

public sealed record MarketDayFootfall(string Date, long Total);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PutMarketRequest))]
[JsonSerializable(typeof(RegisterCounterRequest))]
[JsonSerializable(typeof(CounterRegistered))]
[JsonSerializable(typeof(FootfallBatchAccepted))]
[JsonSerializable(typeof(MarketDayFootfall))]
internal sealed partial class FootfallJson : JsonSerializerContext;
