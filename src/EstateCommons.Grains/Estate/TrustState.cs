namespace EstateCommons.Grains.Estate;

public sealed class TrustState
{
    public string? Name { get; set; }
    public List<string> Managers { get; set; } = [];
    public List<string> SiteIds { get; set; } = [];
}
