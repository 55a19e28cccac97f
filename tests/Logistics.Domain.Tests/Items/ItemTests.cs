using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Tests.Items;

public class ItemTests
{
    private static Item NewItem() =>
        Item.Create(Builders.Owner(), Builders.Sku(), "A book", UnitOfMeasure.Case, 12, [Barcode.Parse("9780306406157")]);

    [Fact]
    public void Create_KeepsFields()
    {
        var item = NewItem();
        Assert.Equal(12, item.CaseQuantity);
        Assert.Equal(UnitOfMeasure.Case, item.PackUnit);
        Assert.Single(item.Barcodes);
    }

    [Fact]
    public void Create_BlankDescription_Throws() =>
        Assert.Throws<DomainException>(() => Item.Create(Builders.Owner(), Builders.Sku(), " "));

    [Fact]
    public void Create_EachesWithCaseQuantity_Throws() =>
        Assert.Throws<DomainException>(() => Item.Create(Builders.Owner(), Builders.Sku(), "x", UnitOfMeasure.Each, 6));

    [Fact]
    public void ChangePacking_ZeroCaseQuantity_Throws() =>
        Assert.Throws<DomainException>(() => NewItem().ChangePacking(UnitOfMeasure.Case, 0));

    [Fact]
    public void AddBarcode_Duplicate_Throws() =>
        Assert.Throws<DomainException>(() => NewItem().AddBarcode(Barcode.Parse("978-0-306-40615-7")));

    [Fact]
    public void ChangeTracking_ExpiryWithoutLot_Throws() =>
        Assert.Throws<DomainException>(() => NewItem().ChangeTracking(lotControlled: false, expiryControlled: true));

    [Fact]
    public void ChangeTracking_LotAndExpiry_Sets()
    {
        var item = NewItem();
        item.ChangeTracking(lotControlled: true, expiryControlled: true);
        Assert.True(item.LotControlled);
        Assert.True(item.ExpiryControlled);
    }

    [Fact]
    public void ToUnits_Cases_MultipliesByCaseQuantity()
    {
        var item = NewItem();
        Assert.Equal(Quantity.Of(36), item.ToUnits(Quantity.Of(3), UnitOfMeasure.Case));
        Assert.Equal(Quantity.Of(3), item.ToUnits(Quantity.Of(3), UnitOfMeasure.Each));
    }

    [Fact]
    public void ChangeHandling_ReplacesFlags()
    {
        var item = NewItem();
        item.ChangeHandling(HandlingFlags.Fragile | HandlingFlags.HumidityControlled);
        Assert.Equal(HandlingFlags.Fragile | HandlingFlags.HumidityControlled, item.Handling);
    }
}
