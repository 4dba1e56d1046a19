using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>Builders for market-day allocation tests: a hospital site, rows of pitches and applicants with sensible defaults.</summary>
internal static class Market
{
    public static readonly LocalDate Day = new(2027, 6, 12);
    public static readonly GeoPoint Site = new(52.4862, -1.8904);
    public static readonly GeoPoint Nearby = new(52.45, -1.93);
    public static readonly GeoPoint FarAway = new(51.5074, -0.1278);

    public static Pitch Pitch(string id, bool power = false, bool water = false, bool hotFood = false, decimal width = 3m, params string[] adjacent) =>
        new(id, width, 3m, power, water, Covered: false, hotFood, adjacent);

    /// <summary>Pitches side by side in one row, each adjacent to the next; <paramref name="configure"/> sets services by position.</summary>
    public static List<Pitch> Row(string prefix, int count, Func<int, Pitch, Pitch>? configure = null) =>
        Enumerable.Range(0, count)
            .Select(i =>
            {
                var adjacent = new List<string>();
                if (i > 0) adjacent.Add($"{prefix}{i}");
                if (i < count - 1) adjacent.Add($"{prefix}{i + 2}");
                var pitch = Pitch($"{prefix}{i + 1}", adjacent: [.. adjacent]);
                return configure is null ? pitch : configure(i, pitch);
            })
            .ToList();

    public static AllocationApplicant Applicant(
        string sellerId,
        GeoPoint? location = null,
        bool power = false,
        bool water = false,
        bool hotFood = false,
        decimal? frontage = null,
        string[]? preferences = null,
        int pitches = 1,
        string[]? categories = null,
        LocalDate? insuredUntil = null,
        bool uninsured = false,
        string[]? standing = null,
        int misses = 0) =>
        new(sellerId, location ?? Nearby, power, water, hotFood, frontage, preferences ?? [], pitches,
            categories ?? ["bread"], uninsured ? null : insuredUntil ?? Day.PlusYears(1), HygieneRating: 5, standing ?? [], misses);

    public static AllocationRequest Request(
        IReadOnlyList<Pitch> pitches,
        IReadOnlyList<AllocationApplicant> applicants,
        IReadOnlyList<CategoryCap>? caps = null,
        AllocationWeights? weights = null,
        int? seed = 42) =>
        new(Day, Site, new PitchLayout(pitches), caps ?? [], applicants, weights ?? AllocationWeights.Default, seed);

    /// <summary>
    /// A seeded random market: pitches mostly side by side in a row with the odd extra link, and sellers wanting one to three
    /// adjacent pitches, with mixed needs and frontage, some of two categories, some uninsured, some holding standing
    /// pitches, under random caps and weights. One seed decides everything, so a failing property names the market to rebuild.
    /// </summary>
    public static AllocationRequest RandomMarket(int marketSeed, int mostPitches, int mostApplicants)
    {
        var random = new Random(marketSeed);
        var pitchCount = random.Next(3, mostPitches + 1);
        string Id(int i) => $"P{i + 1}";
        var linked = new bool[pitchCount, pitchCount];
        for (var i = 0; i < pitchCount; i++)
        {
            for (var j = i + 1; j < pitchCount; j++) linked[i, j] = linked[j, i] = j == i + 1 ? random.Next(5) > 0 : random.Next(3 * pitchCount) == 0;
        }
        var pitches = Enumerable.Range(0, pitchCount)
            .Select(i => Pitch(Id(i), power: random.Next(3) > 0, water: random.Next(3) > 0, hotFood: random.Next(2) > 0, width: 2.5m + random.Next(5) * 0.5m,
                adjacent: Enumerable.Range(0, pitchCount).Where(j => linked[i, j]).Select(Id).ToArray()))
            .ToList();
        var layout = new PitchLayout(pitches);
        string[] categories = ["honey", "bread", "hot-food", "cheese", "flowers"];
        var applicants = Enumerable.Range(0, random.Next(2, mostApplicants + 1))
            .Select(a =>
            {
                var size = random.Next(10) switch { < 5 => 1, < 8 => 2, _ => 3 };
                var groups = layout.ConnectedGroups(size);
                return Applicant($"seller-{a}",
                    location: random.Next(2) == 0 ? Nearby : FarAway,
                    power: random.Next(4) == 0,
                    water: random.Next(5) == 0,
                    hotFood: random.Next(4) == 0,
                    frontage: random.Next(5) == 0 ? 3m * size + random.Next(-1, 3) : null,
                    preferences: Enumerable.Range(0, pitchCount).OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Select(Id).ToArray(),
                    pitches: size,
                    categories: categories.OrderBy(_ => random.Next()).Take(random.Next(3) == 0 ? 2 : 1).ToArray(),
                    uninsured: random.Next(10) == 0,
                    standing: groups.Count > 0 && random.Next(6) == 0 ? groups[random.Next(groups.Count)].Select(Id).ToArray() : [],
                    misses: random.Next(4));
            })
            .ToList();
        var caps = categories.Take(4).Select(c => new CategoryCap(c, random.Next(pitchCount / 6, 2 + pitchCount / 3))).ToList();
        var weights = new AllocationWeights(PreferenceRank: random.Next(0, 3), Locality: random.Next(0, 11), Rotation: random.Next(0, 6));
        return Request(pitches, applicants, caps, weights, seed: random.Next(10_000));
    }
}
