using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Tests.Owners;

public class OwnerIdTests
{
    [Theory]
    [InlineData("demo-publisher")]
    [InlineData("acme2")]
    [InlineData("a-b-c")]
    public void Parse_ValidId_KeepsValue(string id) => Assert.Equal(id, OwnerId.Parse(id).Value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Demo")]
    [InlineData("demo_publisher")]
    [InlineData("-demo")]
    [InlineData("demo-")]
    [InlineData("demo--pub")]
    [InlineData("demo publisher")]
    public void Parse_InvalidId_Throws(string id) => Assert.Throws<DomainException>(() => OwnerId.Parse(id));

    [Fact]
    public void Parse_TooLong_Throws() => Assert.Throws<DomainException>(() => OwnerId.Parse(new string('a', 65)));

    [Fact]
    public void Equal_ids_are_equal_values() => Assert.Equal(OwnerId.Parse("demo"), OwnerId.Parse(" demo "));
}
