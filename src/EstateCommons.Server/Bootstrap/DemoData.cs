using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Hosting;

namespace EstateCommons.Server.Bootstrap;

/// <summary>
/// A small, fictional estate to try the platform with: one trust, two sites, a few spaces, two charities (one with a
/// weekly booking), a weekly food market with three sellers (see <see cref="DemoMarket"/>) and accounts to sign in with.
/// </summary>
public sealed class DemoData(IGrainFactory grains, PasswordHashing passwords, IClock clock, DemoMarket market)
{
    public const string TrustId = "northfield";
    public const string ManagerEmail = "manager@northfield.example";
    public const string ManagerPassword = "demo-manager-1";
    public const string CharityEmail = "coordinator@carers.example";
    public const string CharityPassword = "demo-charity-1";
    public const string CharityId = "org-northfield-carers";
    public const string AdviceId = "org-northfield-advice";

    /// <summary>
    /// Seeds the estate, unless it has been seeded before or is being seeded by another silo starting at the same time:
    /// the manager's account is registered first, by its single-writer grain, and whoever registers it does the rest.
    /// </summary>
    /// <returns>Whether this call seeded.</returns>
    public async Task<bool> Seed()
    {
        if (!await Account(ManagerEmail, "Sam Manager", ManagerPassword)) return false;
        await Account(CharityEmail, "Alex Coordinator", CharityPassword);

        var trust = grains.GetGrain<ITrustGrain>(TrustId);
        await trust.Create("Northfield Hospitals NHS Foundation Trust (demo)");
        await trust.AddManager(ManagerEmail);
        await grains.GetGrain<IAccountGrain>(ManagerEmail).AddManagedTrust(TrustId);

        var general = new Site("northfield-general", TrustId, "Northfield General Hospital", Site.DefaultTimeZoneId, new GeoPoint(52.4862, -1.8904), "B15 2TT");
        var community = new Site("riverside-community", TrustId, "Riverside Community Hospital", Site.DefaultTimeZoneId, new GeoPoint(52.4500, -1.9300), "B29 6JD");
        foreach (var site in new[] { general, community })
        {
            await grains.GetGrain<ISiteGrain>(site.Id).Create(site);
            await trust.AddSite(site.Id);
            await grains.GetGrain<IEstateDirectoryGrain>(0).AddSite(site);
        }

        var daytime = Weekdays(new LocalWindow(new LocalTime(8, 0), new LocalTime(20, 0)));
        var concessions = new Dictionary<OrganisationKind, int>
        {
            [OrganisationKind.RegisteredCharity] = 100,
            [OrganisationKind.CommunityGroup] = 75,
            [OrganisationKind.NhsTeam] = 100,
            [OrganisationKind.Commercial] = 0,
        };
        var rules = BookingRules.Default with { Buffer = Duration.FromMinutes(15) };
        await Space(general, "seminar-room-1", new SpaceDefinition("Seminar Room 1", SpaceKind.Room, 20, ["projector", "hearing-loop", "wifi"],
            new Accessibility(true, true, true, "Lift to the first floor from the main entrance."), daytime, [], rules, new Pricing(3500, Money.PoundSterling, concessions), false));
        await Space(general, "education-hall", new SpaceDefinition("Education Centre Hall", SpaceKind.Hall, 120, ["kitchen", "projector", "sink"],
            new Accessibility(true, true, false, null), daytime, [], rules with { Maximum = Duration.FromHours(10) }, new Pricing(9000, Money.PoundSterling, concessions), true));
        await Space(general, "clinic-room-3", new SpaceDefinition("Outpatients Clinic Room 3 (evenings)", SpaceKind.ClinicRoom, 4, ["sink"],
            new Accessibility(true, true, false, "Out of clinic hours only."), Weekdays(new LocalWindow(new LocalTime(17, 30), new LocalTime(21, 30))), [], rules,
            new Pricing(2000, Money.PoundSterling, concessions), false));
        await Space(general, "charity-hub", new SpaceDefinition("Charity Hub, Main Atrium", SpaceKind.CharitySpace, 6, ["wifi"],
            new Accessibility(true, true, true, null), daytime, [], rules, new Pricing(1500, Money.PoundSterling, concessions), false));
        await Space(community, "garden", new SpaceDefinition("Healing Garden", SpaceKind.Outdoor, 40, [],
            new Accessibility(true, false, false, "Level paths; no shelter."), daytime, [], rules, Pricing.Free, false));

        await grains.GetGrain<IOrganisationGrain>(CharityId).Create("Northfield Carers Network", OrganisationKind.RegisteredCharity, "1123456", CharityEmail);
        await grains.GetGrain<IAccountGrain>(CharityEmail).AddOrganisation(CharityId);
        await grains.GetGrain<IOrganisationGrain>(AdviceId).Create("Northfield Advice Centre", OrganisationKind.RegisteredCharity, "1098765", ManagerEmail);

        var today = clock.GetCurrentInstant().InZone(general.TimeZone).Date;
        await grains.GetGrain<ISpaceGrain>(new SpaceRef(general.Id, "charity-hub").Key).PutLicence(new Licence(
            "advice-tuesdays", AdviceId, today, today.PlusYears(1),
            [new WeeklyHours(IsoDayOfWeek.Tuesday, new LocalWindow(new LocalTime(9, 0), new LocalTime(17, 0)))],
            "Free, confidential advice on benefits, debt and housing. Drop in on Tuesdays."));

        // A weekly carers' group for the next three months, so the utilisation and social-value reports have figures.
        var wednesday = today.Next(IsoDayOfWeek.Wednesday);
        await grains.GetGrain<ISpaceGrain>(new SpaceRef(general.Id, "seminar-room-1").Key).Book(
            new BookingRequest(CharityId, OrganisationKind.RegisteredCharity, CharityEmail, wednesday.At(new LocalTime(10, 0)), wednesday.At(new LocalTime(12, 0)),
                14, "Carers' support group", new Recurrence(RecurrenceFrequency.Weekly, 12, null)),
            Duration.FromMinutes(30));

        await market.Seed(general, ManagerEmail);
        return true;
    }

    public string SignInInstructions(EstateCommonsOptions options) => $"""

        Demo estate seeded. Sign in with POST /api/auth/token and one of:
          estates manager   {ManagerEmail} / {ManagerPassword}
          charity member    {CharityEmail} / {CharityPassword}   (organisation {CharityId})
          market seller     {DemoMarket.SellerEmail} / {DemoMarket.SellerPassword}   (seller {DemoMarket.SellerId})
          platform admin    {options.Bootstrap.AdminEmail ?? "(set EstateCommons:Bootstrap:AdminEmail)"} / {options.Bootstrap.AdminPassword ?? "(set EstateCommons:Bootstrap:AdminPassword)"}
        Sites: northfield-general, riverside-community.
        Food market: northfield-general/{DemoMarket.MarketId}, with sellers confirmed on the next open Thursday and applications
        waiting for the manager to allocate the one after. Anyone can see what's on:
          GET /api/sites/northfield-general/whats-on   and the calendar feed   GET /api/sites/northfield-general/calendar.ics
        """;

    private async Task<bool> Account(string email, string name, string password) =>
        await grains.GetGrain<IAccountGrain>(email).Register(name, passwords.Hash(email, password), false, false);

    private async Task Space(Site site, string spaceId, SpaceDefinition definition) =>
        await grains.GetGrain<ISpaceGrain>(new SpaceRef(site.Id, spaceId).Key).Define(definition, new SiteContext(site.TrustId, site.TimeZoneId, site.Name));

    private static OpeningHours Weekdays(LocalWindow window) => new(
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .ToDictionary(d => d, IReadOnlyList<LocalWindow> (_) => [window]));
}
