namespace EstateCommons.Domain.Reporting;

/// <summary>
/// Adding and taking away figures kept by key (minutes by kind of organisation, by heatmap cell), where a missing key
/// is zero: sums keep every key either side has; differences drop keys left at zero, so a day taken out and put back
/// leaves the figures exactly as they were.
/// </summary>
internal static class SparseSums
{
    public static IReadOnlyDictionary<TKey, long> Plus<TKey>(IReadOnlyDictionary<TKey, long> a, IReadOnlyDictionary<TKey, long> b)
        where TKey : notnull
    {
        if (b.Count == 0) return a;
        if (a.Count == 0) return b;
        var sum = new Dictionary<TKey, long>(a);
        foreach (var (key, value) in b) sum[key] = sum.GetValueOrDefault(key) + value;
        return sum;
    }

    public static IReadOnlyDictionary<TKey, long> Minus<TKey>(IReadOnlyDictionary<TKey, long> a, IReadOnlyDictionary<TKey, long> b)
        where TKey : notnull
    {
        if (b.Count == 0) return a;
        var difference = new Dictionary<TKey, long>(a);
        foreach (var (key, value) in b)
        {
            var left = difference.GetValueOrDefault(key) - value;
            if (left == 0) difference.Remove(key);
            else difference[key] = left;
        }
        return difference;
    }
}
