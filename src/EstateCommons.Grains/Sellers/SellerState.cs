using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;

namespace EstateCommons.Grains.Sellers;

public sealed class SellerState
{
    public SellerProfile? Profile { get; set; }
    public List<string> Members { get; set; } = [];
    public List<SellerDocument> Documents { get; set; } = [];
    public List<MarketDayRef> MarketDays { get; set; } = [];
    public List<string> Trusts { get; set; } = [];
}
