using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Tests.Items;

public class QuantityTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Of_NotPositive_Throws(int units) => Assert.Throws<DomainException>(() => Quantity.Of(units));

    [Fact]
    public void Add_SumsUnits() => Assert.Equal(Quantity.Of(5), Quantity.Of(2) + Quantity.Of(3));

    [Fact]
    public void Add_Overflow_ThrowsInsteadOfWrapping() =>
        Assert.Throws<OverflowException>(() => Quantity.Of(int.MaxValue).Add(Quantity.Of(1)));
}
