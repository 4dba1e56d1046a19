using EstateCommons.Server.Api.Contracts;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>One pitch in the market form's table.</summary>
public sealed class PitchForm
{
    public string? Id { get; set; }

    public decimal? Width { get; set; }

    public decimal? Depth { get; set; }

    public bool Power { get; set; }

    public bool Water { get; set; }

    public bool Covered { get; set; }

    public bool HotFood { get; set; }
}

/// <summary>
/// What the market form posts. It becomes the API's <see cref="PutMarketRequest"/>, read by the API's own
/// <see cref="MarketRequestReader"/>. The pitches stand in a row, each next to the ones either side. What the form
/// does not show (category caps, allocation weights, standing pitches, cancelled dates) is kept from the market as it was.
/// </summary>
public sealed class MarketForm
{
    public const int MostPitchRows = 100;

    public static readonly IReadOnlyList<(string Kind, string Label)> FeeKinds =
        [("flat", "The same fee for every pitch"), ("perMetreFrontage", "A fee per metre of frontage"), ("footfall", "A fee by how many visitors came")];

    public string? Name { get; set; }

    public string? Location { get; set; }

    public string? PublicDescription { get; set; }

    /// <summary>Lower-case weekday names, as the API takes them.</summary>
    public List<string> Weekdays { get; set; } = [];

    public string? Opens { get; set; }

    public string? Closes { get; set; }

    public string? FirstDate { get; set; }

    public string? LastDate { get; set; }

    public int? ApplicationsCloseHoursBefore { get; set; } = 48;

    public int? OfferHours { get; set; } = 24;

    public string? FeeKind { get; set; }

    public string? PerPitch { get; set; }

    public string? PerMetre { get; set; }

    public string? RatePerHundredVisitors { get; set; }

    public string? Floor { get; set; }

    public string? Cap { get; set; }

    public List<PitchForm> Pitches { get; set; } = [];

    /// <summary>How many rows the pitch table should have, from "Change the number of pitches".</summary>
    public int? PitchCount { get; set; }

    public static MarketForm Of(MarketView m) => new()
    {
        Name = m.Name,
        Location = m.Location,
        PublicDescription = m.PublicDescription,
        Weekdays = m.Schedule.Weekdays ?? [],
        Opens = m.Schedule.Opens,
        Closes = m.Schedule.Closes,
        FirstDate = m.Schedule.FirstDate,
        LastDate = m.Schedule.LastDate,
        ApplicationsCloseHoursBefore = m.ApplicationsCloseHoursBefore,
        OfferHours = m.OfferHours,
        FeeKind = m.Fee.Kind,
        PerPitch = Pounds.Of(m.Fee.PerPitchPence),
        PerMetre = Pounds.Of(m.Fee.PerMetrePence),
        RatePerHundredVisitors = Pounds.Of(m.Fee.RatePerHundredVisitorsPence),
        Floor = Pounds.Of(m.Fee.FloorPence),
        Cap = Pounds.Of(m.Fee.CapPence),
        Pitches = m.Pitches.Select(p => new PitchForm { Id = p.Id, Width = p.WidthMetres, Depth = p.DepthMetres, Power = p.Power, Water = p.Water, Covered = p.Covered, HotFood = p.HotFoodAllowed }).ToList(),
        PitchCount = m.Pitches.Count,
    };

    /// <summary>Adds or removes rows at the end of the pitch table to make <see cref="PitchCount"/>; new rows copy the last one's size.</summary>
    public void ResizePitches()
    {
        var count = Math.Clamp(PitchCount ?? Pitches.Count, 0, MostPitchRows);
        if (Pitches.Count > count) Pitches.RemoveRange(count, Pitches.Count - count);
        while (Pitches.Count < count)
        {
            var last = Pitches.LastOrDefault();
            Pitches.Add(new PitchForm { Id = $"P{Pitches.Count + 1}", Width = last?.Width ?? 3, Depth = last?.Depth ?? 3 });
        }
        PitchCount = count;
    }

    /// <summary>The API request this form stands for, over <paramref name="before"/> (the market as it was, if any).</summary>
    public PutMarketRequest ToRequest(MarketView? before, List<FieldError> errors)
    {
        long? Pence(string? text, string field)
        {
            if (Pounds.TryPence(text, out var pence)) return pence;
            errors.Add(new FieldError(field, "Enter an amount in pounds, like 25.00."));
            return null;
        }
        // The API names a missing amount by its JSON field; the form says which box to fill first.
        var amountsNeeded = FeeKind switch
        {
            "flat" => [("fee.perPitchPence", PerPitch, "Enter the fee per pitch in pounds.")],
            "perMetreFrontage" => [("fee.perMetrePence", PerMetre, "Enter the fee per metre of frontage in pounds.")],
            "footfall" => new[]
            {
                ("fee.ratePerHundredVisitorsPence", RatePerHundredVisitors, "Enter the fee per hundred visitors in pounds."),
                ("fee.floorPence", Floor, "Enter the least a seller pays in pounds."),
                ("fee.capPence", Cap, "Enter the most a seller pays in pounds."),
            },
            _ => [],
        };
        errors.AddRange(amountsNeeded.Where(a => string.IsNullOrWhiteSpace(a.Item2)).Select(a => new FieldError(a.Item1, a.Item3)));
        var fee = new MarketFeeDto(FeeKind,
            Pence(PerPitch, "fee.perPitchPence"), Pence(PerMetre, "fee.perMetrePence"), Pence(RatePerHundredVisitors, "fee.ratePerHundredVisitorsPence"),
            Pence(Floor, "fee.floorPence"), Pence(Cap, "fee.capPence"), before?.Fee.Concessions);
        var ids = Pitches.Select(p => p.Id?.Trim() ?? "").ToList();
        var pitches = Pitches.Select((p, i) => new PitchDto(ids[i], p.Width ?? 0, p.Depth ?? 0, p.Power, p.Water, p.Covered, p.HotFood,
            new[] { i - 1, i + 1 }.Where(n => n >= 0 && n < ids.Count).Select(n => ids[n]).ToList())).ToList();
        var schedule = new MarketScheduleDto(Weekdays, Opens, Closes, FirstDate, LastDate, before?.Schedule.CancelledDates);
        return new PutMarketRequest(Name, Location, PublicDescription, schedule, pitches, before?.Caps.ToList(), fee,
            ApplicationsCloseHoursBefore ?? -1, OfferHours ?? 0, before?.Allocation, before?.StandingPitches?.ToList());
    }

    /// <summary>The form field (model-state key under <paramref name="prefix"/>) an API field error belongs to.</summary>
    public static string FieldFor(string apiField, string prefix)
    {
        var field = apiField switch
        {
            "name" => nameof(Name),
            "location" => nameof(Location),
            "publicDescription" => nameof(PublicDescription),
            "schedule" or "schedule.weekdays" => nameof(Weekdays),
            "schedule.opens" or "schedule.hours" => nameof(Opens),
            "schedule.firstDate" => nameof(FirstDate),
            "schedule.lastDate" or "schedule.cancelledDates" => nameof(LastDate),
            "applicationsCloseHoursBefore" => nameof(ApplicationsCloseHoursBefore),
            "offerHours" => nameof(OfferHours),
            "fee" or "fee.kind" => nameof(FeeKind),
            "fee.perPitchPence" or "fee.perPitch" => nameof(PerPitch),
            "fee.perMetrePence" or "fee.perMetre" => nameof(PerMetre),
            "fee.ratePerHundredVisitorsPence" or "fee.ratePerHundredVisitors" => nameof(RatePerHundredVisitors),
            "fee.floorPence" or "fee.floor" => nameof(Floor),
            "fee.capPence" or "fee.cap" => nameof(Cap),
            "pitches" or "adjacentPitchIds" => nameof(Pitches),
            _ => "",
        };
        return field.Length == 0 ? "" : $"{prefix}.{field}";
    }
}
