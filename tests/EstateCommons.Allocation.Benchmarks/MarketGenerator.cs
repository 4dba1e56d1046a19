using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using NodaTime;

namespace EstateCommons.Allocation.Benchmarks;

/// <summary>
/// A seeded, realistic market day: pitches in rows (each adjacent to its row neighbours), category caps, and applicants
/// with mixed needs, preferences, group sizes, categories, locations, insurance and standing pitches.
/// </summary>
internal static class MarketGenerator
{
    public static readonly LocalDate Day = new(2027, 6, 12);
    public static readonly GeoPoint Site = new(52.4862, -1.8904);

    public const int Rows = 10;
    public const int PitchesPerRow = 20;
    public const int CategoryCount = 20;
    public const int ApplicantCount = 1_000;

    public static AllocationRequest Generate(int seed)
    {
        var random = new Random(seed);
        var pitches = GeneratePitches(random);
        var layout = new PitchLayout(pitches);
        var categories = Enumerable.Range(1, CategoryCount).Select(i => $"category-{i:D2}").ToArray();
        var caps = categories.Select(c => new CategoryCap(c, random.Next(5, 16))).ToList();
        var applicants = GenerateApplicants(random, layout, categories);
        return new AllocationRequest(Day, Site, layout, caps, applicants, AllocationWeights.Default, seed);
    }

    private static List<Pitch> GeneratePitches(Random random)
    {
        var pitches = new List<Pitch>();
        for (var row = 0; row < Rows; row++)
        {
            var prefix = ((char)('A' + row)).ToString();
            for (var i = 0; i < PitchesPerRow; i++)
            {
                var adjacent = new List<string>();
                if (i > 0) adjacent.Add($"{prefix}{i}");
                if (i < PitchesPerRow - 1) adjacent.Add($"{prefix}{i + 2}");
                var width = 3m + random.Next(0, 7) * 0.5m; // 3.0 to 6.0 m in half metres
                var power = random.NextDouble() < 0.20;
                var water = random.NextDouble() < 0.10;
                var hotFood = random.NextDouble() < (power ? 0.60 : 0.15);
                pitches.Add(new Pitch($"{prefix}{i + 1}", width, 3m, power, water, Covered: random.NextDouble() < 0.3, hotFood, adjacent));
            }
        }
        return pitches;
    }

    private static List<AllocationApplicant> GenerateApplicants(Random random, PitchLayout layout, string[] categories)
    {
        var applicants = new List<AllocationApplicant>(ApplicantCount);
        var standingHeld = new HashSet<int>();
        var groupsBySize = Enumerable.Range(1, 3).ToDictionary(size => size, layout.ConnectedGroups);
        for (var n = 0; n < ApplicantCount; n++)
        {
            var cooks = random.NextDouble() < 0.20;
            var power = cooks ? random.NextDouble() < 0.6 : random.NextDouble() < 0.10;
            var water = random.NextDouble() < (cooks ? 0.15 : 0.04);
            var roll = random.NextDouble();
            var wanted = roll < 0.80 ? 1 : roll < 0.95 ? 2 : 3;
            decimal? frontage = random.NextDouble() < 0.15 ? 3m * wanted + random.Next(1, 5) : null;

            var probe = new AllocationApplicant($"seller-{n:D4}", Site, power, water, cooks, frontage, [], wanted, [],
                Day.PlusYears(1), 5, [], 0);
            var suitingPitches = Enumerable.Range(0, layout.Pitches.Count).Where(i => layout.Pitches[i].Suits(probe)).ToList();
            // Most sellers rank pitches that offer what they need; some rank any pitch they like the look of.
            var pool = suitingPitches.Count > 0 && random.NextDouble() < 0.8 ? suitingPitches : Enumerable.Range(0, layout.Pitches.Count).ToList();
            var preferenceCount = random.Next(1, 6);
            var preferences = pool.OrderBy(_ => random.Next()).Take(preferenceCount).Select(i => layout.Pitches[i].Id).ToList();

            var categoryCount = random.NextDouble() < 0.7 ? 1 : 2;
            var sells = categories.OrderBy(_ => random.Next()).Take(categoryCount).ToList();

            var insuranceRoll = random.NextDouble();
            LocalDate? insured = insuranceRoll < 0.01 ? null                                  // no insurance on file
                : insuranceRoll < 0.04 ? Day.PlusDays(-random.Next(1, 120))                  // lapsed
                : Day.PlusDays(random.Next(1, 365));

            List<string> standing = [];
            if (random.NextDouble() < 0.06)
            {
                var fitting = groupsBySize[wanted].Where(g => CandidatePitchGroups.Suits(layout, probe, g) && !g.Any(standingHeld.Contains)).ToList();
                if (fitting.Count > 0)
                {
                    var group = fitting[random.Next(fitting.Count)];
                    standingHeld.UnionWith(group);
                    standing = group.Select(i => layout.Pitches[i].Id).ToList();
                }
            }

            var hygiene = cooks || random.NextDouble() < 0.5 ? random.Next(3, 6) : (int?)null;
            var misses = random.NextDouble() < 0.25 ? random.Next(1, 5) : 0;
            applicants.Add(probe with
            {
                Location = Within(random, Site, 40),
                RankedPitchPreferences = preferences,
                Categories = sells,
                InsuranceExpires = insured,
                HygieneRating = hygiene,
                StandingPitchIds = standing,
                RecentMisses = misses,
            });
        }
        return applicants;
    }

    /// <summary>A point uniformly spread over a disc of <paramref name="radiusKm"/> round <paramref name="centre"/>.</summary>
    private static GeoPoint Within(Random random, GeoPoint centre, double radiusKm)
    {
        var distance = radiusKm * Math.Sqrt(random.NextDouble());
        var bearing = random.NextDouble() * 2 * Math.PI;
        var dLat = distance * Math.Cos(bearing) / 111.32;
        var dLon = distance * Math.Sin(bearing) / (111.32 * Math.Cos(centre.Latitude * Math.PI / 180));
        return new GeoPoint(centre.Latitude + dLat, centre.Longitude + dLon);
    }
}
