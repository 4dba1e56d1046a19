namespace EstateCommons.Domain.Spaces;

/// <summary>Names a space on a site. Its key form "site/space" identifies the grain that owns the space's calendar.</summary>
[GenerateSerializer, Immutable]
public readonly record struct SpaceRef(string SiteId, string SpaceId)
{
    public string Key => $"{SiteId}/{SpaceId}";

    public static SpaceRef FromKey(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? throw new FormatException($"\"{key}\" is not a site/space key.") : new SpaceRef(key[..slash], key[(slash + 1)..]);
    }

    public override string ToString() => Key;
}
