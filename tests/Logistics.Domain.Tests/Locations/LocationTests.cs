using Logistics.Domain.Common;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;

namespace Logistics.Domain.Tests.Locations;

public class LocationTests
{
    [Theory]
    [InlineData("A-01-01")]
    [InlineData("rcv-01")]
    [InlineData("B-02-03-04")]
    public void Code_Parse_Valid_IsUpperCase(string code) => Assert.Equal(code.ToUpperInvariant(), LocationCode.Parse(code).Value);

    [Theory]
    [InlineData("A")]
    [InlineData("A--01")]
    [InlineData("A-01-01-01-01")]
    [InlineData("A-01 01")]
    [InlineData("AISLE-01")]
    public void Code_Parse_Invalid_Throws(string code) => Assert.Throws<DomainException>(() => LocationCode.Parse(code));

    [Fact]
    public void Create_StorageWithoutCapacity_Throws() =>
        Assert.Throws<DomainException>(() => Location.Create(Builders.Loc(), Zone.Storage));

    [Fact]
    public void Create_ZeroCapacity_Throws() =>
        Assert.Throws<DomainException>(() => Location.Create(Builders.Loc(), Zone.Receiving, 0));

    [Fact]
    public void Create_ReceivingWithoutCapacity_IsAllowed() =>
        Assert.Null(Location.Create(Builders.Loc("RCV-01"), Zone.Receiving).CapacityUnits);

    [Theory]
    [InlineData(HandlingFlags.None, true)]
    [InlineData(HandlingFlags.HumidityControlled, true)]
    [InlineData(HandlingFlags.HumidityControlled | HandlingFlags.Fragile, true)]
    [InlineData(HandlingFlags.Hazmat, false)]
    [InlineData(HandlingFlags.HumidityControlled | HandlingFlags.MagneticMedia, false)]
    public void Accepts_NeedsEveryFlagAllowed(HandlingFlags itemNeeds, bool expected)
    {
        var location = Location.Create(Builders.Loc(), Zone.Storage, 100, HandlingFlags.HumidityControlled | HandlingFlags.Fragile);
        Assert.Equal(expected, location.Accepts(itemNeeds));
    }
}
