using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Tests.Items;

public class SkuAndLotTests
{
    [Theory]
    [InlineData("BOOK-001")]
    [InlineData("isbn.978/2")]
    [InlineData("A_B")]
    public void Sku_Parse_ValidCode_KeepsCase(string code) => Assert.Equal(code, Sku.Parse(code).Value);

    [Theory]
    [InlineData("")]
    [InlineData("BOOK 001")]
    [InlineData("BOOK*001")]
    [InlineData("BOOK~1")]
    public void Sku_Parse_InvalidCode_Throws(string code) => Assert.Throws<DomainException>(() => Sku.Parse(code));

    [Fact]
    public void Sku_TryParse_TooLong_ReturnsMessage()
    {
        Assert.False(Sku.TryParse(new string('A', 49), out var sku, out var error));
        Assert.Null(sku);
        Assert.Contains("longer than 48", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lot_Parse_NormalisesCase() => Assert.Equal(LotNumber.Parse("lot-7a"), LotNumber.Parse("LOT-7A"));

    [Theory]
    [InlineData("")]
    [InlineData("LOT 1")]
    [InlineData("1234567890123456789012345678901")]
    public void Lot_Parse_Invalid_Throws(string lot) => Assert.Throws<DomainException>(() => LotNumber.Parse(lot));
}
