using Logistics.Domain.Items;
using Logistics.Domain.Returns;
using Logistics.Edi.Inbound;
using Logistics.Edi.Json;
using Logistics.Edi.Returns;

namespace Logistics.Edi.Tests.Returns;

public class ReturnJsonValidatorTests
{
    private const string Valid = """
        {
          "returnNumber": "RMA-2026-0107",
          "purpose": "original",
          "expectedDate": "2026-11-25",
          "returnFrom": { "name": "Harbour Books", "id": "STORE-0042", "addressLines": ["12 Quay Street"], "city": "Bristol", "postalCode": "BS1 4DJ", "country": "GB" },
          "pickup": { "name": "Harbour Books back door", "addressLines": ["12 Quay Street", "Yard B"], "city": "Bristol", "country": "GB", "contact": { "name": "Sam", "phone": "+44 117 000 0000" } },
          "supplier": { "name": "Demo Print Plant", "addressLines": ["1 Press Road"], "city": "Leeds" },
          "lines": [
            { "lineNumber": 1, "sku": "BOOK-001", "quantity": 12, "unit": "EA", "lot": "LOT-A1", "reason": "unsold", "requestedDisposition": "restock", "originalOrderNumber": "SO-88" },
            { "lineNumber": 2, "itemIds": [{ "type": "EN", "value": "9780306406157" }, { "type": "UP", "value": "036000291452" }], "quantity": 1, "unit": "CA", "reason": "damaged", "reasonText": "Water damage on two covers" },
            { "lineNumber": 3, "sku": "BOOK-003", "quantity": 4, "unit": "EA", "reason": "wrongItem", "requestedDisposition": "returnToSupplier" }
          ]
        }
        """;

    private static string[] Pointers(string json) => [.. ReturnJsonValidator.Validate(json).Errors.Select(e => e.Pointer)];

    [Fact]
    public void A_valid_return_maps_every_field()
    {
        var result = ReturnJsonValidator.Validate(Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var document = result.Document!;
        Assert.Equal(("RMA-2026-0107", ReturnNoticeFormat.Json, NoticeAction.Original, new DateOnly(2026, 11, 25)),
            (document.ReturnNumber, document.SourceFormat, document.Action, document.ExpectedDate));
        Assert.Equal(("Harbour Books", "STORE-0042", "BS1 4DJ"), (document.ReturnFrom!.Name, document.ReturnFrom.Id, document.ReturnFrom.PostalCode));
        Assert.Equal(["12 Quay Street", "Yard B"], document.Pickup!.AddressLines);
        Assert.Equal("+44 117 000 0000", document.Pickup.Contact!.Phone);
        Assert.Equal("Leeds", document.Supplier!.City);
        Assert.Equal(
            new ReturnNoticeDocumentLine(1, [ItemReference.ForSku(Sku.Parse("BOOK-001"))], Quantity.Of(12), UnitOfMeasure.Each, LotNumber.Parse("LOT-A1"), ReturnReason.Unsold)
            {
                RequestedDisposition = ReturnDisposition.Restock,
                OriginalOrderNumber = "SO-88",
            },
            document.Lines[0]);
        Assert.Empty(document.Sources);
    }

    [Fact]
    public void A_line_named_by_barcodes_only_waits_for_the_item_master()
    {
        var line = ReturnJsonValidator.Validate(Valid).Document!.Lines[1];

        Assert.Null(line.Sku);
        Assert.Equal(["EN 9780306406157", "UP 036000291452"], line.ItemIds.Select(i => i.ToString()));
        Assert.Equal((UnitOfMeasure.Case, ReturnReason.Damaged, "Water damage on two covers"), (line.Unit, line.Reason, line.ReasonText));
        Assert.False(ReturnJsonValidator.Validate(Valid).Document!.IsResolved);
    }

    [Fact]
    public void A_sku_and_item_ids_together_keep_the_sku_first()
    {
        var json = Valid.Replace("\"lineNumber\": 2, ", "\"lineNumber\": 2, \"sku\": \"BOOK-002\", ", StringComparison.Ordinal);
        var line = ReturnJsonValidator.Validate(json).Document!.Lines[1];

        Assert.Equal(Sku.Parse("BOOK-002"), line.Sku);
        Assert.Equal(["SK", "EN", "UP"], line.ItemIds.Select(i => i.Qualifier));
    }

    [Theory]
    [InlineData("refused", ReturnReason.Refused)]
    [InlineData("wrongItem", ReturnReason.WrongItem)]
    [InlineData("unsold", ReturnReason.Unsold)]
    [InlineData("expired", ReturnReason.Expired)]
    [InlineData("damaged", ReturnReason.Damaged)]
    [InlineData("undeliverable", ReturnReason.Undeliverable)]
    [InlineData("other", ReturnReason.Other)]
    public void Each_reason_maps_to_its_domain_reason(string name, ReturnReason reason) =>
        Assert.Equal(reason, ReturnJsonValidator.Validate(Valid.Replace("\"unsold\"", $"\"{name}\"", StringComparison.Ordinal)).Document!.Lines[0].Reason);

    [Theory]
    [InlineData("restock", ReturnDisposition.Restock)]
    [InlineData("hold", ReturnDisposition.Hold)]
    [InlineData("returnToSupplier", ReturnDisposition.ReturnToSupplier)]
    [InlineData("scrap", ReturnDisposition.Scrap)]
    public void Each_requested_disposition_maps_to_its_domain_disposition(string name, ReturnDisposition disposition) =>
        Assert.Equal(disposition, ReturnJsonValidator.Validate(Valid.Replace("\"restock\"", $"\"{name}\"", StringComparison.Ordinal)).Document!.Lines[0].RequestedDisposition);

    [Theory]
    [InlineData(null, NoticeAction.Original)]
    [InlineData("replace", NoticeAction.Replace)]
    [InlineData("cancel", NoticeAction.Cancel)]
    public void Purpose_declares_the_action_and_defaults_to_original(string? purpose, NoticeAction action)
    {
        var json = Valid.Replace("\"purpose\": \"original\",", purpose is null ? string.Empty : $"\"purpose\": \"{purpose}\",", StringComparison.Ordinal);
        Assert.Equal(action, ReturnJsonValidator.Validate(json).Document!.Action);
    }

    [Theory]
    [InlineData("\"RMA-2026-0107\"", "\"RMA/2026\"", "/returnNumber")]
    [InlineData("\"RMA-2026-0107\"", "\"RMA-2026-0107-0000000000000000000\"", "/returnNumber")]
    [InlineData("\"RMA-2026-0107\"", "\"  \"", "/returnNumber")]
    [InlineData("\"purpose\": \"original\"", "\"purpose\": \"change\"", "/purpose")]
    [InlineData("\"2026-11-25\"", "\"2026-11-31\"", "/expectedDate")]
    [InlineData("\"name\": \"Harbour Books\",", "", "/returnFrom/name")]
    [InlineData("\"city\": \"Leeds\"", "\"town\": \"Leeds\"", "/supplier/town")]
    [InlineData("\"addressLines\": [\"12 Quay Street\", \"Yard B\"], \"city\": \"Bristol\", ", "", "/pickup/addressLines")]
    [InlineData("\"addressLines\": [\"12 Quay Street\", \"Yard B\"], \"city\": \"Bristol\", ", "", "/pickup/city")]
    [InlineData("\"contact\": { \"name\": \"Sam\", \"phone\": \"+44 117 000 0000\" }", "\"contact\": {}", "/pickup/contact")]
    [InlineData("\"lineNumber\": 3", "\"lineNumber\": 1", "/lines/2/lineNumber")]
    [InlineData("\"lineNumber\": 3", "\"lineNumber\": 0", "/lines/2/lineNumber")]
    [InlineData("\"sku\": \"BOOK-003\", ", "", "/lines/2/sku")]
    [InlineData("\"sku\": \"BOOK-003\"", "\"sku\": \"BOOK 003\"", "/lines/2/sku")]
    [InlineData("\"quantity\": 4", "\"quantity\": 0", "/lines/2/quantity")]
    [InlineData("\"quantity\": 4", "\"quantity\": 1000001", "/lines/2/quantity")]
    [InlineData("\"quantity\": 4", "\"quantity\": \"4\"", "/lines/2/quantity")]
    [InlineData("\"quantity\": 4", "\"quantity\": 4.5", "/lines/2/quantity")]
    [InlineData("\"unit\": \"CA\"", "\"unit\": \"PL\"", "/lines/1/unit")]
    [InlineData("\"lot\": \"LOT-A1\"", "\"lot\": \"\"", "/lines/0/lot")]
    [InlineData("\"reason\": \"unsold\"", "\"reason\": \"Unsold\"", "/lines/0/reason")]
    [InlineData("\"reason\": \"unsold\", ", "", "/lines/0/reason")]
    [InlineData("\"Water damage on two covers\"", "\"\"", "/lines/1/reasonText")]
    [InlineData("\"requestedDisposition\": \"restock\"", "\"requestedDisposition\": \"sell\"", "/lines/0/requestedDisposition")]
    [InlineData("\"SO-88\"", "\"SO 88\"", "/lines/0/originalOrderNumber")]
    [InlineData("\"type\": \"EN\"", "\"type\": \"CB\"", "/lines/1/itemIds/0/type")]
    [InlineData("\"9780306406157\"", "\"9780306406158\"", "/lines/1/itemIds/0/value")]
    [InlineData("{ \"type\": \"UP\", \"value\": \"036000291452\" }", "\"036000291452\"", "/lines/1/itemIds/1")]
    [InlineData("{ \"type\": \"UP\", \"value\": \"036000291452\" }", "{ \"type\": \"UP\", \"code\": \"036000291452\" }", "/lines/1/itemIds/1/code")]
    [InlineData("\"itemIds\": [{ \"type\": \"EN\", \"value\": \"9780306406157\" }, { \"type\": \"UP\", \"value\": \"036000291452\" }]", "\"itemIds\": []", "/lines/1/itemIds")]
    [InlineData("\"lineNumber\": 1,", "\"lineNumber\": 1, \"expiry\": \"2027-01-01\",", "/lines/0/expiry")]
    [InlineData("\"returnNumber\"", "\"noticeNumber\"", "/noticeNumber")]
    public void Each_bad_value_is_reported_at_its_pointer(string from, string to, string pointer)
    {
        var json = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var result = ReturnJsonValidator.Validate(json);

        Assert.Contains(pointer, result.Errors.Select(e => e.Pointer));
        Assert.Null(result.Document);
    }

    [Fact]
    public void Reason_text_longer_than_the_180_allows_is_refused()
    {
        var json = Valid.Replace("\"Water damage on two covers\"", $"\"{new string('x', ReturnJsonValidator.MaxReasonTextLength + 1)}\"", StringComparison.Ordinal);
        Assert.Equal(["/lines/1/reasonText"], Pointers(json));
    }

    [Fact]
    public void A_cancellation_needs_no_lines_nor_date_but_an_original_needs_lines()
    {
        const string Cancel = """{"returnNumber": "RMA-1", "purpose": "cancel"}""";
        var cancel = ReturnJsonValidator.Validate(Cancel);

        Assert.True(cancel.IsValid, string.Join("; ", cancel.Errors));
        Assert.Equal((NoticeAction.Cancel, (DateOnly?)null), (cancel.Document!.Action, cancel.Document.ExpectedDate));
        Assert.Equal(["/lines"], Pointers(Cancel.Replace("\"cancel\"", "\"original\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void All_errors_are_reported_together_in_document_order()
    {
        var json = Valid.Replace("\"quantity\": 12", "\"quantity\": -1", StringComparison.Ordinal)
            .Replace("\"wrongItem\"", "\"lost\"", StringComparison.Ordinal)
            .Replace("\"2026-11-25\"", "\"25.11.2026\"", StringComparison.Ordinal);
        Assert.Equal(["/expectedDate", "/lines/0/quantity", "/lines/2/reason"], Pointers(json));
    }

    [Theory]
    [InlineData("{", "")]
    [InlineData("[]", "")]
    [InlineData("{\"returnNumber\": \"R\", \"lines\": []}", "/lines")]
    [InlineData("{\"returnNumber\": \"R\", \"lines\": [5]}", "/lines/0")]
    [InlineData("{\"returnNumber\": \"R\", \"lines\": {}}", "/lines")]
    [InlineData("{\"returnNumber\": \"R\", \"pickup\": \"12 Quay Street\", \"lines\": [{\"lineNumber\": 1, \"sku\": \"A\", \"quantity\": 1, \"unit\": \"EA\", \"reason\": \"other\"}]}", "/pickup")]
    public void Structural_errors_point_at_the_container(string json, string pointer) => Assert.Equal([pointer], Pointers(json));

    [Fact]
    public void Duplicate_property_is_an_error() =>
        Assert.Contains("/expectedDate", Pointers(Valid.Replace("\"expectedDate\": \"2026-11-25\"", "\"expectedDate\": \"2026-11-25\", \"expectedDate\": \"2026-11-26\"", StringComparison.Ordinal)));
}
