using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>When a market trades: weekdays, local opening and closing times, first and last date, and cancelled dates.</summary>
public sealed record MarketScheduleDto(List<string>? Weekdays, string? Opens, string? Closes, string? FirstDate, string? LastDate, List<string>? CancelledDates);

public sealed record PitchDto(string? Id, decimal WidthMetres, decimal DepthMetres, bool Power = false, bool Water = false, bool Covered = false, bool HotFoodAllowed = false, List<string>? Adjacent = null)
{
    public static PitchDto Of(Pitch p) => new(p.Id, p.WidthMetres, p.DepthMetres, p.HasPower, p.HasWater, p.Covered, p.HotFoodAllowed, [.. p.AdjacentPitchIds]);
}

public sealed record CategoryCapDto(string? Category, int Maximum);

/// <summary>
/// A market's fee. Kind "flat" uses perPitchPence; "perMetreFrontage" uses perMetrePence; "footfall" uses
/// ratePerHundredVisitorsPence, floorPence and capPence. Concessions give a percentage off per seller business type.
/// </summary>
public sealed record MarketFeeDto(
    string? Kind,
    long? PerPitchPence = null,
    long? PerMetrePence = null,
    long? RatePerHundredVisitorsPence = null,
    long? FloorPence = null,
    long? CapPence = null,
    Dictionary<string, int>? Concessions = null);

public sealed record AllocationWeightsDto(int? PreferenceRank, int? Locality, int? LocalRadiusKm, int? Rotation);

public sealed record StandingPitchDto(string? SellerId, List<string>? PitchIds);

/// <summary>The body of PUT /api/sites/{siteId}/markets/{marketId}.</summary>
public sealed record PutMarketRequest(
    string? Name,
    string? Location,
    string? PublicDescription,
    MarketScheduleDto? Schedule,
    List<PitchDto>? Pitches,
    List<CategoryCapDto>? Caps,
    MarketFeeDto? Fee,
    int ApplicationsCloseHoursBefore = 48,
    int OfferHours = 24,
    AllocationWeightsDto? Allocation = null,
    List<StandingPitchDto>? StandingPitches = null);

public sealed record MarketView(
    string SiteId,
    string MarketId,
    string Name,
    string Location,
    string PublicDescription,
    string TimeZone,
    MarketScheduleDto Schedule,
    IReadOnlyList<PitchDto> Pitches,
    IReadOnlyList<CategoryCapDto> Caps,
    MarketFeeDto Fee,
    int ApplicationsCloseHoursBefore,
    int OfferHours,
    AllocationWeightsDto Allocation,
    IReadOnlyList<StandingPitchDto>? StandingPitches)
{
    /// <summary>The market as shown to a caller; standing pitches name sellers, so only managers see them.</summary>
    public static MarketView Of(MarketSnapshot market, bool forManager)
    {
        var d = market.Definition;
        var s = d.Schedule;
        return new MarketView(
            market.Ref.SiteId, market.Ref.MarketId, d.Name, d.Location, d.PublicDescription, market.Site.TimeZoneId,
            new MarketScheduleDto(
                s.Weekdays.Select(w => w.ToString().ToLowerInvariant()).ToList(),
                LocalClock.Format(s.Hours.Start), s.Hours.EndsAtEndOfDay ? "24:00" : LocalClock.Format(s.Hours.End),
                LocalClock.Format(s.FirstDate), LocalClock.Format(s.LastDate), s.CancelledDates.Select(LocalClock.Format).ToList()),
            d.Layout.Pitches.Select(PitchDto.Of).ToList(),
            d.Caps.Select(c => new CategoryCapDto(c.Category, c.Maximum)).ToList(),
            FeeOf(d.Fee),
            d.ApplicationsCloseHoursBefore, d.OfferHours,
            new AllocationWeightsDto(d.Weights.PreferenceRank, d.Weights.Locality, d.Weights.LocalRadiusKm, d.Weights.Rotation),
            forManager ? d.StandingPitches.Select(p => new StandingPitchDto(p.SellerId, [.. p.PitchIds])).ToList() : null);
    }

    private static MarketFeeDto FeeOf(PitchFee fee)
    {
        var concessions = fee.Concessions.PercentOff.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value);
        return fee switch
        {
            PitchFee.Flat f => new MarketFeeDto("flat", PerPitchPence: f.PerPitch.MinorUnits, Concessions: concessions),
            PitchFee.PerMetreFrontage m => new MarketFeeDto("perMetreFrontage", PerMetrePence: m.PerMetre.MinorUnits, Concessions: concessions),
            PitchFee.Footfall f => new MarketFeeDto("footfall", RatePerHundredVisitorsPence: f.RatePerHundredVisitors.MinorUnits,
                FloorPence: f.Floor.MinorUnits, CapPence: f.Cap.MinorUnits, Concessions: concessions),
            _ => throw new ArgumentOutOfRangeException(nameof(fee), fee.Kind, "Unknown fee kind."),
        };
    }
}

public sealed record MarketListing(string MarketId, string Name, string Location);

/// <summary>One trading day of a market: its local date, opening span and when applications close.</summary>
public sealed record MarketDayListing(string Date, SpanView Opening, string ApplicationsClose);
