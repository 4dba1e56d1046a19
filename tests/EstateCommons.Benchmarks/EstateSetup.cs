using System.Diagnostics;
using System.Net;
using NodaTime;

namespace EstateCommons.Benchmarks;

/// <summary>The estate the load runs against, and the signed-in clients that book it.</summary>
public sealed record BenchmarkEstate(
    string SiteId,
    IReadOnlyList<string> SpaceIds,
    string OrganisationId,
    IReadOnlyList<string> ClientTokens,
    DateTimeZone Zone,
    LocalDate FirstBookingDay,
    LocalDate LastBookingDay,
    TimeSpan SetupTime);

/// <summary>
/// Builds the estate through the public API, as an admin and its users would: a trust, a site in London, spaces
/// open round the clock with 15-minute slots, one community group and its member accounts, each signed in once.
/// </summary>
public static class EstateSetup
{
    public const string TimeZoneId = EstateApi.SiteTimeZone;
    public const int MaxAdvanceDays = 1000;
    public const int DaysAhead = 30;
    private const string ClientPassword = "bench-client-password-1";

    // Password hashing is deliberately slow; more parallel sign-ups than cores only queue on the CPU.
    private static int HashingParallelism => Math.Max(2, Environment.ProcessorCount);

    public static async Task<BenchmarkEstate> Create(EstateApi api, BenchmarkOptions options, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var run = RunName.New();
        var admin = await api.SignIn(options.Server.AdminEmail, options.Server.AdminPassword, cancellation);
        var siteId = await api.CreateSite(admin, run, cancellation);

        var spaceIds = Enumerable.Range(1, options.Spaces).Select(n => $"room-{n:D3}").ToList();
        await Parallel.ForEachAsync(spaceIds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellation }, async (spaceId, ct) =>
            await api.Send(HttpMethod.Put, $"/api/sites/{siteId}/spaces/{spaceId}", RoundTheClockRoom(spaceId), ApiJson.Default.PutSpaceRequest,
                admin, HttpStatusCode.OK, ct));

        var emails = Enumerable.Range(1, options.Clients).Select(n => $"client-{n:D3}-{run}@bench.example").ToList();
        await Parallel.ForEachAsync(emails, WithCancellation(cancellation), async (email, ct) =>
            await api.Send(HttpMethod.Post, "/api/accounts", new RegisterAccountRequest(email, ClientPassword, "Benchmark client"), ApiJson.Default.RegisterAccountRequest,
                null, HttpStatusCode.Created, ct));

        var founder = await api.SignIn(emails[0], ClientPassword, cancellation);
        var organisation = await api.Send(HttpMethod.Post, "/api/organisations", new CreateOrganisationRequest($"Benchmark Community Group {run}", "CommunityGroup"),
            ApiJson.Default.CreateOrganisationRequest, founder, HttpStatusCode.Created, ApiJson.Default.OrganisationCreated, cancellation);
        foreach (var email in emails.Skip(1))
        {
            await api.Send(HttpMethod.Post, $"/api/organisations/{organisation.Id}/members", new AddMemberRequest(email), ApiJson.Default.AddMemberRequest,
                founder, HttpStatusCode.OK, cancellation);
        }

        var tokens = new string[emails.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, emails.Count), WithCancellation(cancellation), async (i, ct) =>
            tokens[i] = await api.SignIn(emails[i], ClientPassword, ct));

        var zone = DateTimeZoneProviders.Tzdb[TimeZoneId];
        var today = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date;
        // Two days short of the space's horizon, so a slot near the end never trips the advance-booking rule.
        return new BenchmarkEstate(siteId, spaceIds, organisation.Id, tokens, zone,
            today.PlusDays(DaysAhead), today.PlusDays(MaxAdvanceDays - 2), clock.Elapsed);
    }

    private static PutSpaceRequest RoundTheClockRoom(string spaceId)
    {
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        return new PutSpaceRequest(
            Name: $"Meeting room {spaceId}",
            Kind: "Room",
            Capacity: 20,
            Facilities: [],
            OpeningHours: days.ToDictionary(d => d, _ => new List<List<string>> { new() { "00:00", "24:00" } }),
            Rules: new RulesBody(MinMinutes: 15, MaxMinutes: 240, SlotMinutes: 15, BufferMinutes: 0, MinNoticeHours: 0, MaxAdvanceDays: MaxAdvanceDays),
            Pricing: new PricingBody(HourlyRatePence: 1500, Concessions: new() { ["RegisteredCharity"] = 100 }),
            ApprovalRequired: false);
    }

    private static ParallelOptions WithCancellation(CancellationToken cancellation) =>
        new() { MaxDegreeOfParallelism = HashingParallelism, CancellationToken = cancellation };
}
