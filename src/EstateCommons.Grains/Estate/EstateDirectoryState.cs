using EstateCommons.Domain.Estate;

namespace EstateCommons.Grains.Estate;

public sealed class EstateDirectoryState
{
    public List<Site> Sites { get; set; } = [];
}
