using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.X12;

public class X12VersionsTests
{
    [Theory]
    [InlineData("005010", true)]
    [InlineData("005010VICS", true)]
    [InlineData("00501", true)]
    [InlineData("006020", true)]
    [InlineData("004010", false)]
    [InlineData("004010UCS", false)]
    [InlineData("00401", false)]
    [InlineData("X", false)]
    [InlineData(null, false)]
    public void Release_5010_and_later_is_told_from_GS08_or_ISA12_whatever_the_industry_suffix(string? version, bool expected) =>
        Assert.Equal(expected, X12Versions.IsAtLeast5010(version));
}
