using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.Server.Api.Contracts;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>One weekday's opening hours on the space form: closed, or open from one time to another.</summary>
public sealed class DayHoursForm
{
    public bool Closed { get; set; }

    public string? Opens { get; set; }

    public string? Closes { get; set; }
}

/// <summary>
/// What the space form posts. It becomes the API's <see cref="PutSpaceRequest"/>, read by the API's own
/// <see cref="SpaceRequestReader"/>, so a space saved here follows exactly the rules of PUT /api/sites/{siteId}/spaces/{spaceId}.
/// </summary>
public sealed class SpaceForm
{
    public static readonly IReadOnlyList<IsoDayOfWeek> Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>A time input cannot say 24:00, so closing at 23:59 stands for open until midnight.</summary>
    public const string EndOfDay = "23:59";

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public int? Capacity { get; set; }

    /// <summary>Facilities separated by commas, such as "projector, sink".</summary>
    public string? Facilities { get; set; }

    public bool StepFreeAccess { get; set; }

    public bool AccessibleToilet { get; set; }

    public bool HearingLoop { get; set; }

    public string? AccessibilityNotes { get; set; }

    /// <summary>Monday to Sunday, in <see cref="Weekdays"/> order.</summary>
    public List<DayHoursForm> Days { get; set; } = Weekdays.Select(_ => new DayHoursForm { Opens = "09:00", Closes = "17:00" }).ToList();

    /// <summary>Closures already on the space, carried through the form so a save keeps them.</summary>
    public List<ClosureDto> Closures { get; set; } = [];

    public string? NewClosureFrom { get; set; }

    public string? NewClosureTo { get; set; }

    public string? NewClosureReason { get; set; }

    public int? MinMinutes { get; set; }

    public int? MaxMinutes { get; set; }

    public int? BufferMinutes { get; set; }

    public int? MinNoticeHours { get; set; }

    public int? MaxAdvanceDays { get; set; }

    /// <summary>Pounds and pence, such as "12.50".</summary>
    public string? HourlyPrice { get; set; }

    /// <summary>Percentage off the hourly price, by organisation kind name.</summary>
    public Dictionary<string, int?> Concessions { get; set; } = [];

    public bool ApprovalRequired { get; set; }

    public int? CancellationHours { get; set; }

    public bool HasNewClosure => !string.IsNullOrWhiteSpace(NewClosureFrom) || !string.IsNullOrWhiteSpace(NewClosureTo) || !string.IsNullOrWhiteSpace(NewClosureReason);

    /// <summary>A blank form with the booking rules and cancellation notice a space gets when the manager says nothing.</summary>
    public static SpaceForm New()
    {
        var rules = BookingRules.Default;
        return new SpaceForm
        {
            MinMinutes = (int)rules.Minimum.TotalMinutes,
            MaxMinutes = (int)rules.Maximum.TotalMinutes,
            BufferMinutes = (int)rules.Buffer.TotalMinutes,
            MinNoticeHours = (int)rules.MinimumNotice.TotalHours,
            MaxAdvanceDays = rules.MaximumAdvanceDays,
            CancellationHours = CancellationPolicy.DefaultHours,
        };
    }

    public static SpaceForm Of(SpaceDefinition d) => new()
    {
        Name = d.Name,
        Kind = d.Kind.ToString(),
        Capacity = d.Capacity,
        Facilities = string.Join(", ", d.Facilities),
        StepFreeAccess = d.Accessibility.StepFreeAccess,
        AccessibleToilet = d.Accessibility.AccessibleToilet,
        HearingLoop = d.Accessibility.HearingLoop,
        AccessibilityNotes = d.Accessibility.Notes,
        Days = Weekdays.Select(day => d.OpeningHours.On(day) is [var w, ..]
            ? new DayHoursForm { Opens = LocalClock.Format(w.Start), Closes = w.EndsAtEndOfDay ? EndOfDay : LocalClock.Format(w.End) }
            : new DayHoursForm { Closed = true }).ToList(),
        Closures = d.Closures.Select(c => new ClosureDto(LocalClock.Format(c.From), LocalClock.Format(c.To), c.Reason)).ToList(),
        MinMinutes = (int)d.Rules.Minimum.TotalMinutes,
        MaxMinutes = (int)d.Rules.Maximum.TotalMinutes,
        BufferMinutes = (int)d.Rules.Buffer.TotalMinutes,
        MinNoticeHours = (int)d.Rules.MinimumNotice.TotalHours,
        MaxAdvanceDays = d.Rules.MaximumAdvanceDays,
        HourlyPrice = Pounds.Of(d.Pricing.HourlyRateMinorUnits),
        Concessions = d.Pricing.ConcessionPercent.ToDictionary(kv => kv.Key.ToString(), kv => (int?)kv.Value),
        ApprovalRequired = d.ApprovalRequired,
        CancellationHours = d.CancellationPolicy.FullRefundHoursBefore,
    };

    /// <summary>The API request this form stands for; problems only the form can have (such as a price that is not money) go in <paramref name="errors"/>.</summary>
    public PutSpaceRequest ToRequest(List<FieldError> errors)
    {
        if (!Pounds.TryPence(HourlyPrice, out var pence))
        {
            errors.Add(new FieldError("pricing.hourlyRatePence", "Enter the hourly price in pounds, like 12.50, or leave it empty for free."));
        }
        var closures = Closures.ToList();
        if (HasNewClosure) closures.Add(new ClosureDto(NewClosureFrom, NewClosureTo, NewClosureReason));
        var openingHours = Weekdays.Zip(Days).ToDictionary(
            pair => pair.First.ToString().ToLowerInvariant(),
            pair => pair.Second.Closed ? [] : new List<List<string>> { new() { pair.Second.Opens ?? "", pair.Second.Closes == EndOfDay ? "24:00" : pair.Second.Closes ?? "" } });
        return new PutSpaceRequest(
            Name,
            Kind,
            Capacity,
            (Facilities ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            new AccessibilityDto(StepFreeAccess, AccessibleToilet, HearingLoop, string.IsNullOrWhiteSpace(AccessibilityNotes) ? null : AccessibilityNotes.Trim()),
            openingHours,
            closures,
            new RulesDto(MinMinutes, MaxMinutes, null, BufferMinutes, MinNoticeHours, MaxAdvanceDays),
            new PricingDto(pence, Concessions.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value)),
            ApprovalRequired,
            new CancellationDto(CancellationHours));
    }

    /// <summary>
    /// The form field (model-state key under <paramref name="prefix"/>) an API field error belongs to. An error in the
    /// closure being added goes next to it; errors in closures already saved go next to their list.
    /// </summary>
    public string FieldFor(string apiField, string prefix)
    {
        var newClosure = $"closures[{Closures.Count}]";
        var field = apiField switch
        {
            "name" => nameof(Name),
            "kind" => nameof(Kind),
            "capacity" => nameof(Capacity),
            "facilities" => nameof(Facilities),
            "accessibility.notes" => nameof(AccessibilityNotes),
            "rules.minMinutes" => nameof(MinMinutes),
            "rules.maxMinutes" => nameof(MaxMinutes),
            "rules.bufferMinutes" => nameof(BufferMinutes),
            "rules.minNoticeHours" => nameof(MinNoticeHours),
            "rules.maxAdvanceDays" => nameof(MaxAdvanceDays),
            "pricing.hourlyRatePence" or "pricing.currency" => nameof(HourlyPrice),
            "cancellation.fullRefundHoursBefore" => nameof(CancellationHours),
            _ when apiField == newClosure => HasNewClosure ? nameof(NewClosureFrom) : nameof(Closures),
            _ when apiField == $"{newClosure}.reason" => nameof(NewClosureReason),
            _ when apiField.StartsWith("closures", StringComparison.Ordinal) => nameof(Closures),
            _ when apiField.StartsWith("pricing.concessions.", StringComparison.Ordinal) => $"{nameof(Concessions)}[{apiField["pricing.concessions.".Length..]}]",
            _ when apiField.StartsWith("openingHours.", StringComparison.Ordinal) && SpaceRequestReader.TryReadDay(apiField["openingHours.".Length..], out var day)
                => $"{nameof(Days)}[{Weekdays.ToList().IndexOf(day)}].{nameof(DayHoursForm.Opens)}",
            _ => "",
        };
        return field.Length == 0 ? "" : $"{prefix}.{field}";
    }

    public static IEnumerable<OrganisationKind> OrganisationKinds => Enum.GetValues<OrganisationKind>();

    public static IEnumerable<SpaceKind> SpaceKinds => Enum.GetValues<SpaceKind>();
}
