using Logistics.Domain.Common;
using Logistics.Domain.Inventory;

namespace Logistics.Domain.Tests.Inventory;

public class MovementIdTests
{
    [Fact]
    public void For_SameParts_SameId() =>
        Assert.Equal(MovementId.For("inbound/demo/ASN-1", "L1", "receipt"), MovementId.For("inbound/demo/ASN-1", "L1", "receipt"));

    [Fact]
    public void For_JoinsWithSlash() =>
        Assert.Equal("inbound/demo/ASN-1/L1/receipt", MovementId.For("inbound/demo/ASN-1", "L1", "receipt").Value);

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    public void For_BadStep_Throws(string step) =>
        Assert.Throws<DomainException>(() => MovementId.For("src", step));
}
