using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Grains.Tests;

/// <summary>Test data: spaces with plain rules and organisations, each under a fresh id so tests never share a calendar.</summary>
public static class Estate
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static SpaceDefinition Space(Duration? buffer = null, bool approvalRequired = false) => new(
        "Test room", SpaceKind.Room, 30, ["projector"], Accessibility.None, OpeningHours.AlwaysOpen, [],
        new BookingRules(Duration.FromMinutes(15), Duration.FromHours(8), 15, buffer ?? Duration.Zero, Duration.Zero, 1000),
        new Pricing(4000, Money.PoundSterling, new Dictionary<OrganisationKind, int> { [OrganisationKind.RegisteredCharity] = 100 }),
        approvalRequired);

    public static async Task<ISpaceGrain> NewSpace(IGrainFactory grains, Duration? buffer = null, bool approvalRequired = false)
    {
        var at = new SpaceRef("site-" + Guid.NewGuid().ToString("N")[..8], "room-1");
        var space = grains.GetGrain<ISpaceGrain>(at.Key);
        await space.Define(Space(buffer, approvalRequired), new GrainInterfaces.Spaces.SiteContext("trust-a", "Europe/London"));
        return space;
    }

    public static async Task<string> NewOrganisation(IGrainFactory grains)
    {
        var id = "org-" + Guid.NewGuid().ToString("N")[..10];
        await grains.GetGrain<IOrganisationGrain>(id).Create("Carers Network", OrganisationKind.RegisteredCharity, "1123456", "member@carers.example");
        return id;
    }

    public static BookingRequest Request(string organisationId, string start, string end, Recurrence? recurrence = null)
    {
        LocalClock.TryParseDateTime(start, out var from);
        LocalClock.TryParseDateTime(end, out var to);
        return new BookingRequest(organisationId, OrganisationKind.RegisteredCharity, "member@carers.example", from, to, 10, "Support group", recurrence);
    }
}
