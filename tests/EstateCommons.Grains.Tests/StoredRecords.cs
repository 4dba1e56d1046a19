namespace EstateCommons.Grains.Tests;

/// <summary>
/// Reads grain records straight from the cluster's files, so a test can see what a grain did by itself (on a
/// reminder) without calling it, which would let the grain catch up on its own.
/// </summary>
public static class StoredRecords
{
    /// <summary>The first record of a grain type that holds both texts, once one does; fails after <paramref name="timeout"/>.</summary>
    public static async Task<string> WaitFor(TwoSiloCluster cluster, string grainType, string mustContain, string marker, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(cluster.DataPath, grainType), "*.json", SearchOption.AllDirectories))
            {
                var text = await File.ReadAllTextAsync(file);
                if (text.Contains(mustContain, StringComparison.Ordinal) && text.Contains(marker, StringComparison.Ordinal)) return text;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"No stored {grainType} record holding {mustContain} reached {marker} within {timeout}.");
    }
}
