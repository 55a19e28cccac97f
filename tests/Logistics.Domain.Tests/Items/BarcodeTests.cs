using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Tests.Items;

public class BarcodeTests
{
    [Theory]
    [InlineData("9780306406157")] // ISBN 0-306-40615-2 as ISBN-13 (the classic check-digit example)
    [InlineData("9780134685991")] // Effective Java, 3rd edition
    [InlineData("9780262033848")] // Introduction to Algorithms, 3rd edition
    [InlineData("978-1-61729-453-2")] // printed with hyphens
    [InlineData("9790260000438")] // 979 prefix (ISMN range)
    public void Parse_RealIsbn_IsIsbn13(string text) => Assert.Equal(BarcodeKind.Isbn13, Barcode.Parse(text).Kind);

    [Theory]
    [InlineData("4006381333931")]
    [InlineData("5901234123457")]
    public void Parse_RealEan_IsEan13(string text) => Assert.Equal(BarcodeKind.Ean13, Barcode.Parse(text).Kind);

    [Theory]
    [InlineData("036000291452")]
    [InlineData("042100005264")]
    [InlineData("012345678905")]
    public void Parse_RealUpc_IsUpcA(string text) => Assert.Equal(BarcodeKind.UpcA, Barcode.Parse(text).Kind);

    [Fact]
    public void Parse_HyphenatedIsbn_StoresDigitsOnly() => Assert.Equal("9781617294532", Barcode.Parse("978-1-61729-453-2").Value);

    [Theory]
    [InlineData("9780306406158", "ISBN-13", '7')]
    [InlineData("4006381333932", "EAN-13", '1')]
    [InlineData("036000291453", "UPC-A", '2')]
    public void Parse_WrongCheckDigit_ThrowsNamingKindAndExpectedDigit(string text, string kind, char expected)
    {
        var ex = Assert.Throws<DomainException>(() => Barcode.Parse(text));
        Assert.Contains(kind, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"but {expected} was expected", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUB-ITEM-77")]
    [InlineData("12345678")]
    [InlineData("12345678901234")]
    public void Parse_OtherText_IsOwnerCode(string text) => Assert.Equal(BarcodeKind.OwnerCode, Barcode.Parse(text).Kind);

    [Theory]
    [InlineData("")]
    [InlineData("A B")]
    public void Parse_Unusable_Throws(string text) => Assert.Throws<DomainException>(() => Barcode.Parse(text));

    [Fact]
    public void Every_single_digit_error_in_an_isbn_is_detected()
    {
        const string valid = "9780306406157";
        for (var position = 0; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == valid[position])
                {
                    continue;
                }

                var mutated = string.Concat(valid.AsSpan(0, position), digit.ToString(), valid.AsSpan(position + 1));
                Assert.False(GtinCheckDigit.IsValid(mutated), mutated);
            }
        }
    }
}
