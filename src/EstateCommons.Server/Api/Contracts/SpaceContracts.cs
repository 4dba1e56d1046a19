using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Server.Api.Contracts;

public sealed record AccessibilityDto(bool StepFreeAccess = false, bool AccessibleToilet = false, bool HearingLoop = false, string? Notes = null);

public sealed record ClosureDto(string? From, string? To, string? Reason);

public sealed record RulesDto(int? MinMinutes, int? MaxMinutes, int? SlotMinutes, int? BufferMinutes, int? MinNoticeHours, int? MaxAdvanceDays);

public sealed record PricingDto(long? HourlyRatePence, Dictionary<string, int>? Concessions, string? Currency = null);

/// <summary>A full refund when cancelled at least this many hours before the start (default 48), none after; a manager's cancellation always refunds.</summary>
public sealed record CancellationDto(int? FullRefundHoursBefore);

/// <summary>The body of PUT /api/sites/{siteId}/spaces/{spaceId}. Opening hours map a weekday to [["08:00","20:00"], ...].</summary>
public sealed record PutSpaceRequest(
    string? Name,
    string? Kind,
    int? Capacity,
    List<string>? Facilities,
    AccessibilityDto? Accessibility,
    Dictionary<string, List<List<string>>>? OpeningHours,
    List<ClosureDto>? Closures,
    RulesDto? Rules,
    PricingDto? Pricing,
    bool ApprovalRequired = false,
    CancellationDto? Cancellation = null);

public sealed record SpaceView(
    string SiteId,
    string SpaceId,
    string Name,
    string Kind,
    int Capacity,
    IReadOnlyList<string> Facilities,
    AccessibilityDto Accessibility,
    Dictionary<string, List<List<string>>> OpeningHours,
    IReadOnlyList<ClosureDto> Closures,
    RulesDto Rules,
    PricingDto Pricing,
    bool ApprovalRequired,
    CancellationDto Cancellation,
    string TimeZone,
    IReadOnlyList<LicenceView> Licences)
{
    public static SpaceView Of(SpaceSnapshot s)
    {
        var d = s.Definition;
        var zone = DateTimeZoneProviders.Tzdb[s.TimeZoneId];
        return new SpaceView(
            s.Space.SiteId, s.Space.SpaceId, d.Name, d.Kind.ToString(), d.Capacity, d.Facilities,
            new AccessibilityDto(d.Accessibility.StepFreeAccess, d.Accessibility.AccessibleToilet, d.Accessibility.HearingLoop, d.Accessibility.Notes),
            d.OpeningHours.Days.OrderBy(kv => kv.Key).ToDictionary(
                kv => kv.Key.ToString().ToLowerInvariant(),
                kv => kv.Value.Select(w => new List<string> { LocalClock.Format(w.Start), w.EndsAtEndOfDay ? "24:00" : LocalClock.Format(w.End) }).ToList()),
            d.Closures.Select(c => new ClosureDto(LocalClock.Format(c.From), LocalClock.Format(c.To), c.Reason)).ToList(),
            new RulesDto((int)d.Rules.Minimum.TotalMinutes, (int)d.Rules.Maximum.TotalMinutes, d.Rules.SlotMinutes,
                (int)d.Rules.Buffer.TotalMinutes, (int)d.Rules.MinimumNotice.TotalHours, d.Rules.MaximumAdvanceDays),
            new PricingDto(d.Pricing.HourlyRateMinorUnits, d.Pricing.ConcessionPercent.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value), d.Pricing.Currency),
            d.ApprovalRequired,
            new CancellationDto(d.CancellationPolicy.FullRefundHoursBefore),
            s.TimeZoneId,
            s.Licences.Select(l => LicenceView.Of(l, zone)).ToList());
    }
}

public sealed record SpaceListing(string SpaceId, string Name, string Kind, int Capacity, IReadOnlyList<string> Facilities, AccessibilityDto Accessibility)
{
    public static SpaceListing Of(SpaceSummary s) => new(s.SpaceId, s.Name, s.Kind.ToString(), s.Capacity, s.Facilities,
        new AccessibilityDto(s.Accessibility.StepFreeAccess, s.Accessibility.AccessibleToilet, s.Accessibility.HearingLoop, s.Accessibility.Notes));
}

public sealed record AvailabilityView(string SiteId, string SpaceId, string TimeZone, string From, string To, IReadOnlyList<SpanView> Free);

public sealed record WeeklyDto(string? Day, string? Start, string? End);

public sealed record PutLicenceRequest(string? OrganisationId, string? From, string? To, List<WeeklyDto>? Weekly, string? PublicDescription);

public sealed record LicenceView(string Id, string OrganisationId, string From, string To, IReadOnlyList<WeeklyDto> Weekly, string PublicDescription)
{
    public static LicenceView Of(Licence l, DateTimeZone zone) => new(
        l.Id, l.OrganisationId, LocalClock.Format(l.From), LocalClock.Format(l.To),
        l.Weekly.Select(w => new WeeklyDto(w.Day.ToString().ToLowerInvariant(), LocalClock.Format(w.Hours.Start), w.Hours.EndsAtEndOfDay ? "24:00" : LocalClock.Format(w.Hours.End))).ToList(),
        l.PublicDescription);
}
