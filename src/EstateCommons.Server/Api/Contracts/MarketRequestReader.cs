using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>Turns the JSON shape of a market into a <see cref="MarketDefinition"/>, collecting every problem with a field name.</summary>
public static class MarketRequestReader
{
    public static MarketDefinition? Read(PutMarketRequest body, List<FieldError> errors)
    {
        var schedule = ReadSchedule(body.Schedule, errors);
        var pitches = ReadPitches(body.Pitches, errors);
        var fee = ReadFee(body.Fee, errors);
        var caps = (body.Caps ?? []).Select(c => new CategoryCap(c.Category?.Trim() ?? "", c.Maximum)).ToList();
        var weights = body.Allocation is { } w
            ? new AllocationWeights(w.PreferenceRank ?? AllocationWeights.Default.PreferenceRank, w.Locality ?? AllocationWeights.Default.Locality,
                w.LocalRadiusKm ?? AllocationWeights.Default.LocalRadiusKm, w.Rotation ?? AllocationWeights.Default.Rotation)
            : AllocationWeights.Default;
        var standing = (body.StandingPitches ?? []).Select(s => new StandingPitch(s.SellerId?.Trim() ?? "", s.PitchIds ?? [])).ToList();
        if (schedule is null || pitches is null || fee is null) return null;

        var definition = new MarketDefinition(body.Name?.Trim() ?? "", body.Location?.Trim() ?? "", body.PublicDescription?.Trim() ?? "",
            schedule, new PitchLayout(pitches), caps, fee, body.ApplicationsCloseHoursBefore, body.OfferHours, weights, standing);
        errors.AddRange(definition.Validate());
        return errors.Count > 0 ? null : definition;
    }

    private static MarketSchedule? ReadSchedule(MarketScheduleDto? dto, List<FieldError> errors)
    {
        if (dto is null)
        {
            errors.Add(new FieldError("schedule", "Give the schedule: weekdays, opens, closes, firstDate and lastDate."));
            return null;
        }
        var start = errors.Count;
        var weekdays = new List<IsoDayOfWeek>();
        foreach (var name in dto.Weekdays ?? [])
        {
            if (SpaceRequestReader.TryReadDay(name, out var day)) weekdays.Add(day);
            else errors.Add(new FieldError("schedule.weekdays", "Use weekday names: monday to sunday."));
        }
        var hours = SpaceRequestReader.ReadWindow("schedule.opens", dto.Opens, dto.Closes, errors);
        if (!LocalClock.TryParseDate(dto.FirstDate, out var first)) errors.Add(new FieldError("schedule.firstDate", "firstDate is a local date such as 2027-01-06."));
        if (!LocalClock.TryParseDate(dto.LastDate, out var last)) errors.Add(new FieldError("schedule.lastDate", "lastDate is a local date such as 2027-12-29."));
        var cancelled = new List<LocalDate>();
        foreach (var text in dto.CancelledDates ?? [])
        {
            if (LocalClock.TryParseDate(text, out var date)) cancelled.Add(date);
            else errors.Add(new FieldError("schedule.cancelledDates", $"\"{text}\" is not a local date such as 2027-12-22."));
        }
        return errors.Count > start || hours is null ? null : new MarketSchedule(weekdays.Distinct().Order().ToList(), hours.Value, first, last, cancelled.Distinct().Order().ToList());
    }

    private static List<Pitch>? ReadPitches(List<PitchDto>? pitches, List<FieldError> errors)
    {
        if (pitches is null)
        {
            errors.Add(new FieldError("pitches", "Lay out the market's pitches."));
            return null;
        }
        return pitches.Select(p => new Pitch(p.Id?.Trim() ?? "", p.WidthMetres, p.DepthMetres, p.Power, p.Water, p.Covered, p.HotFoodAllowed,
            (p.Adjacent ?? []).Select(a => a.Trim()).Distinct().ToList())).ToList();
    }

    private static PitchFee? ReadFee(MarketFeeDto? dto, List<FieldError> errors)
    {
        if (dto is null)
        {
            errors.Add(new FieldError("fee", "Say how the market charges: kind flat, perMetreFrontage or footfall."));
            return null;
        }
        var start = errors.Count;
        var concessions = new Dictionary<SellerBusinessType, int>();
        foreach (var (name, percent) in dto.Concessions ?? [])
        {
            if (Enum.TryParse<SellerBusinessType>(name, ignoreCase: true, out var type) && Enum.IsDefined(type)) concessions[type] = percent;
            else errors.Add(new FieldError($"fee.concessions.{name}", $"Concessions are per seller business type: {string.Join(", ", Enum.GetNames<SellerBusinessType>())}."));
        }
        var off = new FeeConcessions(concessions);
        Money Pence(long? amount, string field)
        {
            if (amount is null) errors.Add(new FieldError(field, $"Give {field} in pence."));
            return Money.Gbp(amount ?? 0);
        }
        PitchFee? fee = dto.Kind?.ToLowerInvariant() switch
        {
            "flat" => new PitchFee.Flat(Pence(dto.PerPitchPence, "fee.perPitchPence"), off),
            "permetrefrontage" => new PitchFee.PerMetreFrontage(Pence(dto.PerMetrePence, "fee.perMetrePence"), off),
            "footfall" => new PitchFee.Footfall(Pence(dto.RatePerHundredVisitorsPence, "fee.ratePerHundredVisitorsPence"),
                Pence(dto.FloorPence, "fee.floorPence"), Pence(dto.CapPence, "fee.capPence"), off),
            _ => null,
        };
        if (fee is null) errors.Add(new FieldError("fee.kind", "Fee kind is flat, perMetreFrontage or footfall."));
        return errors.Count > start ? null : fee;
    }
}
