using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.Json;

namespace Logistics.Edi.Tests.Json;

public class NoticeJsonValidatorTests
{
    private const string Valid = """
        {
          "noticeNumber": "ASN-2026-0042",
          "type": "stockTransfer",
          "expectedDate": "2026-01-20",
          "shipFrom": { "name": "Demo Publisher Print Plant", "id": "PLANT1" },
          "carrier": "ABCD",
          "reference": "PO-7781",
          "lines": [
            { "lineNumber": 1, "sku": "BOOK-001", "quantity": 24, "unit": "EA", "lot": "LOT-A1", "expiry": "2028-01-31" },
            { "lineNumber": 2, "sku": "BOOK-002", "quantity": 2, "unit": "CA" }
          ]
        }
        """;

    private static string[] Pointers(string json) => [.. NoticeJsonValidator.Validate(json).Errors.Select(e => e.Pointer)];

    [Fact]
    public void Valid_notice_maps_to_document()
    {
        var result = NoticeJsonValidator.Validate(Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var document = result.Document!;
        Assert.Equal(("ASN-2026-0042", NoticeType.Json, NoticePurpose.StockTransfer), (document.NoticeNumber.Value, document.SourceFormat, document.Purpose));
        Assert.Equal(("Demo Publisher Print Plant", "ABCD", "PO-7781"), (document.ShipFrom, document.Carrier, document.Reference));
        Assert.Equal(new InboundNoticeDocumentLine(1, Sku.Parse("BOOK-001"), Quantity.Of(24), UnitOfMeasure.Each, LotNumber.Parse("LOT-A1"), new DateOnly(2028, 1, 31)), document.Lines[0]);
        Assert.Equal(UnitOfMeasure.Case, document.Lines[1].Unit);
    }

    [Theory]
    [InlineData("\"quantity\": 2,", "\"quantity\": -2,", "/lines/1/quantity")]
    [InlineData("\"quantity\": 2,", "\"quantity\": 2.5,", "/lines/1/quantity")]
    [InlineData("\"quantity\": 2,", "\"quantity\": \"2\",", "/lines/1/quantity")]
    [InlineData("\"quantity\": 2,", "\"quantity\": 1000001,", "/lines/1/quantity")]
    [InlineData("\"quantity\": 2,", "\"quantity\": 1e12,", "/lines/1/quantity")]
    [InlineData("\"lineNumber\": 2", "\"lineNumber\": \"2\"", "/lines/1/lineNumber")]
    [InlineData("\"type\": \"stockTransfer\"", "\"type\": \"stockTransfer\", \"purpose\": \"change\"", "/purpose")]
    [InlineData("\"quantity\": 2,", "", "/lines/1/quantity")]
    [InlineData("\"unit\": \"CA\"", "\"unit\": \"PL\"", "/lines/1/unit")]
    [InlineData("\"expiry\": \"2028-01-31\"", "\"expiry\": \"2028-02-30\"", "/lines/0/expiry")]
    [InlineData("\"sku\": \"BOOK-001\"", "\"sku\": \"BOOK 001\"", "/lines/0/sku")]
    [InlineData("\"lot\": \"LOT-A1\"", "\"lot\": \"\"", "/lines/0/lot")]
    [InlineData("\"lineNumber\": 2", "\"lineNumber\": 1", "/lines/1/lineNumber")]
    [InlineData("\"lineNumber\": 2", "\"lineNumber\": 0", "/lines/1/lineNumber")]
    [InlineData("\"noticeNumber\": \"ASN-2026-0042\"", "\"noticeNumber\": \"ASN/42\"", "/noticeNumber")]
    [InlineData("\"type\": \"stockTransfer\"", "\"type\": \"return\"", "/type")]
    [InlineData("\"expectedDate\": \"2026-01-20\"", "\"expectedDate\": \"20.01.2026\"", "/expectedDate")]
    [InlineData("\"expectedDate\": \"2026-01-20\"", "\"expectedDate\": null", "/expectedDate")]
    [InlineData("\"name\": \"Demo Publisher Print Plant\"", "\"nom\": \"x\"", "/shipFrom/nom")]
    [InlineData("\"carrier\": \"ABCD\"", "\"carrier\": 5", "/carrier")]
    [InlineData("\"carrier\": \"ABCD\"", "\"carrier\": \"ABCD\", \"a/b~c\": 1", "/a~1b~0c")]
    public void Each_bad_value_is_reported_at_its_pointer(string from, string to, string pointer)
    {
        var json = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        Assert.Contains(pointer, Pointers(json));
        Assert.Null(NoticeJsonValidator.Validate(json).Document);
    }

    [Theory]
    [InlineData(null, NoticeAction.Original)]
    [InlineData("original", NoticeAction.Original)]
    [InlineData("replace", NoticeAction.Replace)]
    [InlineData("cancel", NoticeAction.Cancel)]
    public void Purpose_declares_the_action_and_defaults_to_original(string? purpose, NoticeAction action)
    {
        var json = purpose is null ? Valid : Valid.Replace("\"type\": \"stockTransfer\",", $"\"type\": \"stockTransfer\", \"purpose\": \"{purpose}\",", StringComparison.Ordinal);
        Assert.Equal(action, NoticeJsonValidator.Validate(json).Document!.Action);
    }

    [Fact]
    public void A_cancellation_needs_no_lines_but_an_original_does()
    {
        const string Cancel = """{"noticeNumber": "A", "type": "shipNotice", "purpose": "cancel", "expectedDate": "2026-01-01"}""";
        var cancel = NoticeJsonValidator.Validate(Cancel);
        Assert.True(cancel.IsValid, string.Join("; ", cancel.Errors));
        Assert.Empty(cancel.Document!.Lines);
        Assert.Equal(["/lines"], Pointers(Cancel.Replace("\"cancel\"", "\"original\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_quantity_sent_as_a_string_is_named_as_such()
    {
        var error = Assert.Single(NoticeJsonValidator.Validate(Valid.Replace("\"quantity\": 24", "\"quantity\": \"24\"", StringComparison.Ordinal)).Errors);
        Assert.Contains("a string, not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_ship_from_name_points_into_the_object()
    {
        var json = Valid.Replace("\"name\": \"Demo Publisher Print Plant\", ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(["/shipFrom/name"], Pointers(json));
    }

    [Fact]
    public void All_errors_are_reported_together()
    {
        var json = Valid.Replace("\"quantity\": 24", "\"quantity\": 0", StringComparison.Ordinal).Replace("\"unit\": \"CA\"", "\"unit\": \"XX\"", StringComparison.Ordinal);
        Assert.Equal(["/lines/0/quantity", "/lines/1/unit"], Pointers(json));
    }

    [Theory]
    [InlineData("{", "")]
    [InlineData("[]", "")]
    [InlineData("{\"noticeNumber\": \"A\", \"type\": \"shipNotice\", \"expectedDate\": \"2026-01-01\", \"lines\": []}", "/lines")]
    [InlineData("{\"noticeNumber\": \"A\", \"type\": \"shipNotice\", \"expectedDate\": \"2026-01-01\", \"lines\": [5]}", "/lines/0")]
    [InlineData("{\"noticeNumber\": \"A\", \"type\": \"shipNotice\", \"expectedDate\": \"2026-01-01\"}", "/lines")]
    public void Structural_errors_point_at_the_container(string json, string pointer) => Assert.Equal([pointer], Pointers(json));

    [Fact]
    public void Duplicate_property_is_an_error() =>
        Assert.Contains("/carrier", Pointers(Valid.Replace("\"carrier\": \"ABCD\"", "\"carrier\": \"ABCD\", \"carrier\": \"EFGH\"", StringComparison.Ordinal)));

    // Found by the fuzz benchmark: reading an escaped lone surrogate threw instead of reporting it.
    [Theory]
    [InlineData("\"ASN-2026-0042\"", "\"\\ud800\"", "/noticeNumber")]
    [InlineData("\"carrier\"", "\"\\udc00\"", "")]
    public void A_lone_surrogate_escape_is_a_located_error(string from, string to, string pointer)
    {
        var result = NoticeJsonValidator.Validate(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Contains(pointer, result.Errors.Select(e => e.Pointer));
    }
}
