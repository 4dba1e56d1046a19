namespace EstateCommons.Grains;

public static class StorageNames
{
    /// <summary>The grain-storage provider every grain here writes to (local files by default).</summary>
    public const string Estate = "estate";
}
