using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>Turns the JSON shapes of space and licence requests into domain values, collecting every problem with a field name.</summary>
public static class SpaceRequestReader
{
    public static SpaceDefinition? Read(PutSpaceRequest body, List<FieldError> errors)
    {
        if (!Enum.TryParse<SpaceKind>(body.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", $"Kind must be one of {string.Join(", ", Enum.GetNames<SpaceKind>())}."));
        }
        if (body.Capacity is null) errors.Add(new FieldError("capacity", "Give the number of people the space holds."));
        var openingHours = ReadOpeningHours(body.OpeningHours, errors);
        var closures = ReadClosures(body.Closures ?? [], errors);
        var rules = ReadRules(body.Rules, errors);
        var pricing = ReadPricing(body.Pricing, errors);
        if (errors.Count > 0) return null;
        var accessibility = body.Accessibility is { } a ? new Accessibility(a.StepFreeAccess, a.AccessibleToilet, a.HearingLoop, a.Notes) : Accessibility.None;
        var facilities = (body.Facilities ?? []).Select(f => f.Trim().ToLowerInvariant()).Distinct().ToList();
        var cancellation = body.Cancellation is { } c ? new CancellationPolicy(c.FullRefundHoursBefore ?? CancellationPolicy.DefaultHours) : null;
        var definition = new SpaceDefinition(body.Name?.Trim() ?? "", kind, body.Capacity!.Value, facilities, accessibility, openingHours, closures, rules, pricing, body.ApprovalRequired, cancellation);
        errors.AddRange(definition.Validate());
        return errors.Count > 0 ? null : definition;
    }

    public static bool TryReadDay(string? text, out IsoDayOfWeek day) =>
        Enum.TryParse(text, ignoreCase: true, out day) && day != IsoDayOfWeek.None && Enum.IsDefined(day);

    public static LocalWindow? ReadWindow(string field, string? start, string? end, List<FieldError> errors)
    {
        if (!LocalClock.TryParseTime(start, out var opens) || start == "24:00" || !LocalClock.TryParseTime(end, out var closes))
        {
            errors.Add(new FieldError(field, "Times are \"HH:mm\" in the site's local time; \"24:00\" means the end of the day."));
            return null;
        }
        var window = new LocalWindow(opens, closes);
        if (!window.IsValid) errors.Add(new FieldError(field, $"{start}–{end} must end after it starts."));
        return window;
    }

    private static OpeningHours ReadOpeningHours(Dictionary<string, List<List<string>>>? days, List<FieldError> errors)
    {
        if (days is null) return OpeningHours.AlwaysOpen;
        var result = new Dictionary<IsoDayOfWeek, IReadOnlyList<LocalWindow>>();
        foreach (var (name, windows) in days)
        {
            var field = $"openingHours.{name}";
            if (!TryReadDay(name, out var day))
            {
                errors.Add(new FieldError(field, "Use weekday names: monday to sunday."));
                continue;
            }
            var read = new List<LocalWindow>();
            foreach (var pair in windows ?? [])
            {
                if (pair is not { Count: 2 })
                {
                    errors.Add(new FieldError(field, "Each window is a pair such as [\"08:00\", \"20:00\"]."));
                    continue;
                }
                if (ReadWindow(field, pair[0], pair[1], errors) is { } window) read.Add(window);
            }
            result[day] = read;
        }
        return new OpeningHours(result);
    }

    private static List<Closure> ReadClosures(List<ClosureDto> closures, List<FieldError> errors)
    {
        var result = new List<Closure>();
        for (var i = 0; i < closures.Count; i++)
        {
            var c = closures[i];
            if (!LocalClock.TryParseDate(c.From, out var from) || !LocalClock.TryParseDate(c.To, out var to))
            {
                errors.Add(new FieldError($"closures[{i}]", "Closure dates are \"yyyy-MM-dd\"."));
                continue;
            }
            result.Add(new Closure(from, to, c.Reason?.Trim() ?? ""));
        }
        return result;
    }

    private static BookingRules ReadRules(RulesDto? dto, List<FieldError> errors)
    {
        var d = BookingRules.Default;
        if (dto is null) return d;
        if (dto.MinNoticeHours is < 0) errors.Add(new FieldError("rules.minNoticeHours", "Minimum notice cannot be negative."));
        return new BookingRules(
            dto.MinMinutes is { } min ? Duration.FromMinutes(min) : d.Minimum,
            dto.MaxMinutes is { } max ? Duration.FromMinutes(max) : d.Maximum,
            dto.SlotMinutes ?? d.SlotMinutes,
            dto.BufferMinutes is { } buffer ? Duration.FromMinutes(buffer) : d.Buffer,
            dto.MinNoticeHours is { } notice ? Duration.FromHours(notice) : d.MinimumNotice,
            dto.MaxAdvanceDays ?? d.MaximumAdvanceDays);
    }

    private static Pricing ReadPricing(PricingDto? dto, List<FieldError> errors)
    {
        if (dto is null) return Pricing.Free;
        var concessions = new Dictionary<OrganisationKind, int>();
        foreach (var (name, percent) in dto.Concessions ?? [])
        {
            if (Enum.TryParse<OrganisationKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)) concessions[kind] = percent;
            else errors.Add(new FieldError($"pricing.concessions.{name}", $"Concessions are per organisation kind: {string.Join(", ", Enum.GetNames<OrganisationKind>())}."));
        }
        var currency = dto.Currency ?? Money.PoundSterling;
        if (currency != Money.PoundSterling) errors.Add(new FieldError("pricing.currency", "Prices are in GBP."));
        return new Pricing(dto.HourlyRatePence ?? 0, currency, concessions);
    }
}
