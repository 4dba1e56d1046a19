using System.Text.Json;
using System.Text.Json.Serialization;

namespace EstateCommons.Benchmarks;

// The request and response shapes of the booking API the benchmark uses, written here rather than
// shared with the server so the benchmark exercises the wire format a real client sees.

public sealed record RegisterAccountRequest(string Email, string Password, string Name);

public sealed record RulesBody(int MinMinutes, int MaxMinutes, int SlotMinutes, int BufferMinutes, int MinNoticeHours, int MaxAdvanceDays);

public sealed record PricingBody(long HourlyRatePence, Dictionary<string, int> Concessions);

public sealed record PutSpaceRequest(
    string Name,
    string Kind,
    int Capacity,
    List<string> Facilities,
    Dictionary<string, List<List<string>>> OpeningHours,
    RulesBody Rules,
    PricingBody Pricing,
    bool ApprovalRequired);

public sealed record CreateOrganisationRequest(string Name, string Kind);

public sealed record OrganisationCreated(string Id);

public sealed record AddMemberRequest(string Email);

public sealed record CreateBookingRequest(string SiteId, string SpaceId, string OrganisationId, string Start, string End, int Attendees, string Purpose);

public sealed record FreeSpan(string Start, string End);

public sealed record SpaceAvailability(string SpaceId, List<FreeSpan> Free);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RegisterAccountRequest))]
[JsonSerializable(typeof(PutSpaceRequest))]
[JsonSerializable(typeof(CreateOrganisationRequest))]
[JsonSerializable(typeof(OrganisationCreated))]
[JsonSerializable(typeof(AddMemberRequest))]
[JsonSerializable(typeof(CreateBookingRequest))]
[JsonSerializable(typeof(SpaceAvailability))]
[JsonSerializable(typeof(List<SpaceAvailability>))]
internal sealed partial class ApiJson : JsonSerializerContext;
