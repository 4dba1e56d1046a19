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

    public const string SiteName = "Northfield General";

    /// <summary>How long bookings that must be paid for are held, as the server's default.</summary>
    public static readonly Duration Hold = Duration.FromMinutes(30);

    /// <summary>The test room's full rate, charged to commercial hirers; registered charities pay nothing.</summary>
    public static readonly Money HourlyRate = Money.Gbp(4000);

    public static SpaceDefinition Space(Duration? buffer = null, bool approvalRequired = false, CancellationPolicy? cancellation = null) => new(
        "Test room", SpaceKind.Room, 30, ["projector"], Accessibility.None, OpeningHours.AlwaysOpen, [],
        new BookingRules(Duration.FromMinutes(15), Duration.FromHours(8), 15, buffer ?? Duration.Zero, Duration.Zero, 1000),
        new Pricing(HourlyRate.MinorUnits, Money.PoundSterling, new Dictionary<OrganisationKind, int> { [OrganisationKind.RegisteredCharity] = 100 }),
        approvalRequired,
        cancellation);

    public static async Task<ISpaceGrain> NewSpace(IGrainFactory grains, Duration? buffer = null, bool approvalRequired = false, CancellationPolicy? cancellation = null)
    {
        var at = new SpaceRef("site-" + Guid.NewGuid().ToString("N")[..8], "room-1");
        var space = grains.GetGrain<ISpaceGrain>(at.Key);
        await space.Define(Space(buffer, approvalRequired, cancellation), new GrainInterfaces.Spaces.SiteContext("trust-a", "Europe/London", SiteName));
        return space;
    }

    public static async Task<string> NewOrganisation(IGrainFactory grains, OrganisationKind kind = OrganisationKind.RegisteredCharity)
    {
        var id = "org-" + Guid.NewGuid().ToString("N")[..10];
        await grains.GetGrain<IOrganisationGrain>(id).Create("Carers Network", kind, kind == OrganisationKind.RegisteredCharity ? "1123456" : null, "member@carers.example");
        return id;
    }

    public static BookingRequest Request(string organisationId, string start, string end, Recurrence? recurrence = null, OrganisationKind kind = OrganisationKind.RegisteredCharity)
    {
        LocalClock.TryParseDateTime(start, out var from);
        LocalClock.TryParseDateTime(end, out var to);
        return new BookingRequest(organisationId, kind, "member@carers.example", from, to, 10, "Support group", recurrence);
    }
}
