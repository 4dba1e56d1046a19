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
}
