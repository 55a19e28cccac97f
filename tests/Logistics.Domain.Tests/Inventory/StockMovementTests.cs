using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Inventory;

public class StockMovementTests
{
    [Fact]
    public void Constructor_ZeroDelta_Throws() => Assert.Throws<DomainException>(() => Move("m", Key(), 0));

    [Fact]
    public void Transfer_MakesOutAndInPairWithDerivedIds()
    {
        var from = Key(location: "RCV-01");
        var to = Key(location: "A-01-01");
        var pair = StockMovement.Transfer("inbound/demo/ASN-1", "L1-putaway", from, to, Qty(4), MovementType.Putaway, T0);

        Assert.Equal(2, pair.Count);
        Assert.Equal(("inbound/demo/ASN-1/L1-putaway/from", from, -4L), (pair[0].Id.Value, pair[0].Key, pair[0].Delta));
        Assert.Equal(("inbound/demo/ASN-1/L1-putaway/to", to, 4L), (pair[1].Id.Value, pair[1].Key, pair[1].Delta));
    }

    [Fact]
    public void Transfer_DifferentSku_Throws() =>
        Assert.Throws<DomainException>(() =>
            StockMovement.Transfer("src", "s", Key(sku: "A"), Key(sku: "B", location: "B-01"), Qty(1), MovementType.Putaway, T0));

    [Fact]
    public void Transfer_SameKey_Throws() =>
        Assert.Throws<DomainException>(() => StockMovement.Transfer("src", "s", Key(), Key(), Qty(1), MovementType.Putaway, T0));
}
