namespace EstateCommons.Domain.Markets;

/// <summary>
/// A food market as its estates manager sets it up: what it is called and where on site it stands, when it trades,
/// its pitches, how many sellers of a category it wants, what it charges, when applications close (hours before
/// opening), how long a seller has to accept an offer, how allocation weighs sellers, and regular traders' standing pitches.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketDefinition(
    string Name,
    string Location,
    string PublicDescription,
    MarketSchedule Schedule,
    PitchLayout Layout,
    IReadOnlyList<CategoryCap> Caps,
    PitchFee Fee,
    int ApplicationsCloseHoursBefore,
    int OfferHours,
    AllocationWeights Weights,
    IReadOnlyList<StandingPitch> StandingPitches)
{
    public const int MostPitches = 500;
    public const int MostApplicationHours = 24 * 28;
    public const int MostOfferHours = 24 * 14;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) errors.Add(new FieldError("name", "Give the market a name (up to 200 characters)."));
        if (Location is { Length: > 200 }) errors.Add(new FieldError("location", "Keep the location under 200 characters."));
        if (PublicDescription is { Length: > 2000 }) errors.Add(new FieldError("publicDescription", "Keep the public description under 2000 characters."));
        errors.AddRange(Schedule.Validate());
        if (Layout.Pitches.Count is 0 or > MostPitches) errors.Add(new FieldError("pitches", $"A market has 1 to {MostPitches} pitches."));
        errors.AddRange(Layout.Validate());
        if (Caps.Any(c => c.Maximum < 0)) errors.Add(new FieldError("caps", "A category cap cannot be negative."));
        if (Caps.GroupBy(c => c.Category, CategoryCap.CategoryComparer).Any(g => g.Count() > 1)) errors.Add(new FieldError("caps", "Give each category at most one cap."));
        if (Caps.Any(c => !Sellers.ProductCategory.IsValid(c.Category))) errors.Add(new FieldError("caps", Sellers.ProductCategory.Rule));
        errors.AddRange(Fee.Validate());
        if (ApplicationsCloseHoursBefore is < 0 or > MostApplicationHours) errors.Add(new FieldError("applicationsCloseHoursBefore", $"Applications close 0 to {MostApplicationHours} hours before opening."));
        if (OfferHours is < 1 or > MostOfferHours) errors.Add(new FieldError("offerHours", $"Give sellers 1 to {MostOfferHours} hours to accept an offer."));
        errors.AddRange(Weights.Validate());
        foreach (var standing in StandingPitches)
        {
            if (string.IsNullOrWhiteSpace(standing.SellerId)) errors.Add(new FieldError("standingPitches", "Each standing pitch names its seller."));
            if (standing.PitchIds.Count == 0 || standing.PitchIds.Any(id => Layout.IndexOf(id) < 0))
            {
                errors.Add(new FieldError("standingPitches", $"Seller {standing.SellerId}'s standing pitches must be pitches of this market."));
            }
        }
        if (StandingPitches.GroupBy(s => s.SellerId).Any(g => g.Count() > 1)) errors.Add(new FieldError("standingPitches", "Give each seller one set of standing pitches."));
        if (StandingPitches.SelectMany(s => s.PitchIds).GroupBy(id => id).Any(g => g.Count() > 1)) errors.Add(new FieldError("standingPitches", "A pitch can be one seller's standing pitch only."));
        return errors;
    }

    public IReadOnlyList<string> StandingPitchesOf(string sellerId) =>
        StandingPitches.FirstOrDefault(s => s.SellerId == sellerId)?.PitchIds ?? [];
}

/// <summary>A regular trader's usual pitches at a market, honoured first at each allocation while they still suit.</summary>
[GenerateSerializer, Immutable]
public sealed record StandingPitch(string SellerId, IReadOnlyList<string> PitchIds);
