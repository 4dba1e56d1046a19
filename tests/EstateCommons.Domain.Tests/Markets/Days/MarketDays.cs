using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using static EstateCommons.Domain.Tests.Markets.Market;

namespace EstateCommons.Domain.Tests.Markets.Days;

/// <summary>
/// A Saturday market (Market.Day, 2027-06-12) trading 09:00–14:00 in London, with applications closing 48 hours before
/// opening and a day to accept offers; helpers to apply and allocate.
/// </summary>
internal static class MarketDays
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static MarketDefinition Definition(IReadOnlyList<Pitch> pitches, PitchFee? fee = null, IReadOnlyList<CategoryCap>? caps = null) => new(
        "Saturday Farmers' Market", "Car park B", "Local food every Saturday.",
        new MarketSchedule([IsoDayOfWeek.Saturday], new LocalWindow(new LocalTime(9, 0), new LocalTime(14, 0)), Day.PlusWeeks(-4), Day.PlusWeeks(8), []),
        new PitchLayout(pitches), caps ?? [], fee ?? new PitchFee.Flat(Money.Gbp(2000), FeeConcessions.None), 48, 24, AllocationWeights.Default, []);

    public static MarketDayTimes Times(MarketDefinition market) => MarketDayTimes.For(market, Day, London);

    /// <summary>08:00 on the Saturday, in London (BST), as an instant.</summary>
    public static Instant At(LocalDate date, int hour, int minute = 0) => London.AtStrictly(date.At(new LocalTime(hour, minute))).ToInstant();

    public static Instant BeforeClose => At(Day.PlusDays(-3), 12);

    public static Instant AfterClose => At(Day.PlusDays(-2), 10);

    public static MarketApplication Application(string sellerId, string[] preferences, int pitches = 1, string[]? categories = null) =>
        new(sellerId, preferences, pitches, null, categories ?? ["bread"], $"{sellerId}@sellers.example", BeforeClose);

    public static SellerProfile Seller(SellerBusinessType type = SellerBusinessType.Micro, LocalDate? insuredUntil = null) => new(
        "Test Bakery", type, "B15 2TT", Nearby, ["bread"], new SellerNeeds(false, false, false), "",
        new SellerCompliance(new FoodBusinessRegistration("Birmingham City Council", "FBR-1"), 5,
            new PublicLiabilityInsurance("Hiscox", Money.Gbp(500_000_000), insuredUntil ?? Day.PlusYears(1))));

    /// <summary>Applies every application before the window closes, then allocates just after it closes with a fixed seed.</summary>
    public static MarketDay Allocated(MarketDefinition market, params MarketApplication[] applications)
    {
        var times = Times(market);
        var day = applications.Aggregate(MarketDay.Empty, (d, a) => Expect(d.Apply(a, market.Layout, times, BeforeClose)));
        var sellers = applications.ToDictionary(a => a.SellerId, _ => Seller());
        var request = MarketDayApplicants.Request(market, Site, Day, day.ActiveApplications(), sellers, new Dictionary<string, int>(), seed: 7);
        var result = PitchAllocator.Allocate(request);
        return Expect(day.RecordAllocation(new MarketAllocation(request, result, AfterClose, MarketAllocation.Scheduled, false), times));
    }

    public static MarketDay Expect(MarketDayChange change)
    {
        Assert.True(change.Succeeded, change.Problem?.Message);
        return change.Day;
    }
}
