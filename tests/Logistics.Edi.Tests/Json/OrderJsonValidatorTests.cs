using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Edi.Json;
using Logistics.Edi.Outbound;

namespace Logistics.Edi.Tests.Json;

public class OrderJsonValidatorTests
{
    private const string Valid = """
        {
          "orderNumber": "ORD-2002",
          "purchaseOrder": "PO-9912",
          "shipmentId": "LOAD-77",
          "shippingPolicy": "shipCompleteWait",
          "shipTo": {
            "name": "Northwind Retail DC",
            "id": "DC-04",
            "additionalNames": ["Receiving Dock 3"],
            "addressLines": ["400 Commerce Way", "Building B"],
            "city": "Columbus",
            "region": "OH",
            "postalCode": "43215",
            "country": "US",
            "contact": { "name": "Dock Office", "phone": "6145550100", "email": "dock@northwind.example" }
          },
          "billTo": { "name": "Northwind Retail" },
          "shipNotBefore": "2026-02-03",
          "shipBy": "2026-02-06",
          "deliverBy": "2026-02-10",
          "carrier": { "scac": "XPOL", "service": "GROUND" },
          "notes": ["Deliver to dock 3 only"],
          "references": [{ "type": "CO", "value": "NW-778812" }],
          "lines": [
            { "lineNumber": 1, "sku": "BOOK-001", "quantity": 2, "unit": "CA", "lot": "lot-a1", "description": "Atlas of Trade Routes" },
            { "lineNumber": 2, "sku": "MAG-2026-01", "quantity": 12, "unit": "EA", "minimumShelfLifeDays": 90 }
          ]
        }
        """;

    private static string[] Pointers(string json) => [.. OrderJsonValidator.Validate(json).Errors.Select(e => e.Pointer)];

    private static string With(string from, string to)
    {
        var json = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        return json;
    }

    [Fact]
    public void A_valid_order_maps_to_the_same_document_as_its_940_twin()
    {
        var result = OrderJsonValidator.Validate(Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var order = result.Document!;
        var twin = Order940Mapper.Map(X12Sets.First(SampleFiles.Order940Sku)).Document!;
        Assert.Equal(("ORD-2002", OrderFormat.Json, OrderAction.Original, ShippingPolicy.ShipCompleteWait),
            (order.OrderNumber.Value, order.SourceFormat, order.Action, order.Policy));
        Assert.Equal(twin.ShipTo, order.ShipTo);
        Assert.Equal(twin.BillTo, order.BillTo);
        Assert.Equal((twin.PurchaseOrder, twin.ShipmentId, twin.ShipBy, twin.DeliverBy, twin.ShipNotBefore), (order.PurchaseOrder, order.ShipmentId, order.ShipBy, order.DeliverBy, order.ShipNotBefore));
        Assert.Equal(new Carrier("XPOL", "GROUND"), order.Carrier);
        Assert.Equal(twin.Notes, order.Notes);
        Assert.Equal(twin.References, order.References);
        Assert.Equal(
            [
                new OutboundOrderDocumentLine(1, Sku.Parse("BOOK-001"), Quantity.Of(2), UnitOfMeasure.Case, LotNumber.Parse("LOT-A1")) { Description = "Atlas of Trade Routes" },
                new OutboundOrderDocumentLine(2, Sku.Parse("MAG-2026-01"), Quantity.Of(12), UnitOfMeasure.Each, null) { MinimumShelfLifeDays = 90 },
            ],
            order.Lines);
        Assert.Empty(order.Sources);
    }

    [Theory]
    [InlineData("\"orderNumber\": \"ORD-2002\"", "\"orderNumber\": \"ORD/2\"", "/orderNumber")]
    [InlineData("\"orderNumber\": \"ORD-2002\",", "", "/orderNumber")]
    [InlineData("\"shippingPolicy\": \"shipCompleteWait\"", "\"shippingPolicy\": \"asap\"", "/shippingPolicy")]
    [InlineData("\"purchaseOrder\": \"PO-9912\"", "\"purchaseOrder\": \"PO-99120000000000000000000\"", "/purchaseOrder")]
    [InlineData("\"city\": \"Columbus\",", "", "/shipTo/city")]
    [InlineData("\"addressLines\": [\"400 Commerce Way\", \"Building B\"]", "\"addressLines\": []", "/shipTo/addressLines")]
    [InlineData("\"addressLines\": [\"400 Commerce Way\", \"Building B\"]", "\"addressLines\": [\"400 Commerce Way\", 7]", "/shipTo/addressLines/1")]
    [InlineData("\"region\": \"OH\"", "\"region\": \"O\"", "/shipTo/region")]
    [InlineData("\"country\": \"US\"", "\"country\": \"USA1\"", "/shipTo/country")]
    [InlineData("\"contact\": { \"name\": \"Dock Office\", \"phone\": \"6145550100\", \"email\": \"dock@northwind.example\" }", "\"contact\": {}", "/shipTo/contact")]
    [InlineData("\"billTo\": { \"name\": \"Northwind Retail\" }", "\"billTo\": \"Northwind\"", "/billTo")]
    [InlineData("\"billTo\": { \"name\": \"Northwind Retail\" }", "\"billTo\": { \"nom\": \"Northwind\" }", "/billTo/nom")]
    [InlineData("\"shipBy\": \"2026-02-06\"", "\"shipBy\": \"2026-02-30\"", "/shipBy")]
    [InlineData("\"shipBy\": \"2026-02-06\"", "\"shipBy\": \"2026-02-11\"", "/shipBy")]
    [InlineData("\"shipNotBefore\": \"2026-02-03\"", "\"shipNotBefore\": \"2026-02-07\"", "/shipNotBefore")]
    [InlineData("\"scac\": \"XPOL\"", "\"scac\": \"xpol\"", "/carrier/scac")]
    [InlineData("\"carrier\": { \"scac\": \"XPOL\", \"service\": \"GROUND\" }", "\"carrier\": {}", "/carrier")]
    [InlineData("\"notes\": [\"Deliver to dock 3 only\"]", "\"notes\": \"Deliver\"", "/notes")]
    [InlineData("\"type\": \"CO\"", "\"type\": \"customer\"", "/references/0/type")]
    [InlineData("\"type\": \"CO\"", "\"type\": \"co\"", "/references/0/type")]
    [InlineData("\"value\": \"NW-778812\"", "\"value\": \"\"", "/references/0/value")]
    [InlineData("\"quantity\": 12,", "\"quantity\": 0,", "/lines/1/quantity")]
    [InlineData("\"quantity\": 12,", "\"quantity\": \"12\",", "/lines/1/quantity")]
    [InlineData("\"quantity\": 12,", "\"quantity\": 1000001,", "/lines/1/quantity")]
    [InlineData("\"unit\": \"CA\"", "\"unit\": \"PL\"", "/lines/0/unit")]
    [InlineData("\"lot\": \"lot-a1\"", "\"lot\": \"LOT A1\"", "/lines/0/lot")]
    [InlineData("\"sku\": \"BOOK-001\"", "\"sku\": \"BOOK 001\"", "/lines/0/sku")]
    [InlineData("\"minimumShelfLifeDays\": 90", "\"minimumShelfLifeDays\": 3651", "/lines/1/minimumShelfLifeDays")]
    [InlineData("\"minimumShelfLifeDays\": 90", "\"minimumShelfLifeDays\": 0", "/lines/1/minimumShelfLifeDays")]
    [InlineData("\"lineNumber\": 2", "\"lineNumber\": 1", "/lines/1/lineNumber")]
    [InlineData("\"lineNumber\": 2", "\"lineNo\": 2", "/lines/1/lineNo")]
    [InlineData("\"purchaseOrder\": \"PO-9912\"", "\"purchaseOrder\": \"PO-9912\", \"a/b~c\": 1", "/a~1b~0c")]
    public void Each_bad_value_is_reported_at_its_pointer(string from, string to, string pointer)
    {
        var json = With(from, to);
        Assert.Contains(pointer, Pointers(json));
        Assert.Null(OrderJsonValidator.Validate(json).Document);
    }

    [Theory]
    [InlineData(null, OrderAction.Original)]
    [InlineData("original", OrderAction.Original)]
    [InlineData("replace", OrderAction.Replace)]
    [InlineData("cancel", OrderAction.Cancel)]
    public void Purpose_declares_the_action_and_defaults_to_original(string? purpose, OrderAction action)
    {
        var json = purpose is null ? Valid : With("\"orderNumber\": \"ORD-2002\",", $"\"orderNumber\": \"ORD-2002\", \"purpose\": \"{purpose}\",");
        Assert.Equal(action, OrderJsonValidator.Validate(json).Document!.Action);
    }

    [Theory]
    [InlineData("shipPartial", ShippingPolicy.ShipPartial)]
    [InlineData("shipCompleteWait", ShippingPolicy.ShipCompleteWait)]
    [InlineData("shipCompleteFail", ShippingPolicy.ShipCompleteFail)]
    [InlineData("cancelUnavailable", ShippingPolicy.CancelUnavailable)]
    public void Each_shipping_policy_maps_to_the_domain_policy(string name, ShippingPolicy policy) =>
        Assert.Equal(policy, OrderJsonValidator.Validate(Valid.Replace("\"shipCompleteWait\"", $"\"{name}\"", StringComparison.Ordinal)).Document!.Policy);

    [Fact]
    public void Without_a_shipping_policy_the_owner_default_applies() =>
        Assert.Null(OrderJsonValidator.Validate(With("\"shippingPolicy\": \"shipCompleteWait\",", string.Empty)).Document!.Policy);

    [Fact]
    public void A_cancellation_needs_no_lines_but_an_original_does()
    {
        const string Cancel = """{"orderNumber": "A", "purpose": "cancel", "shipTo": {"name": "Shop", "addressLines": ["1 Main St"], "city": "Town"}}""";
        var cancel = OrderJsonValidator.Validate(Cancel);
        Assert.True(cancel.IsValid, string.Join("; ", cancel.Errors));
        Assert.Empty(cancel.Document!.Lines);
        Assert.Equal(["/lines"], Pointers(Cancel.Replace("\"cancel\"", "\"original\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ship_from_and_bill_to_need_a_name_but_no_address()
    {
        var json = With("\"billTo\": { \"name\": \"Northwind Retail\" }", "\"billTo\": { \"city\": \"Columbus\" }");
        Assert.Equal(["/billTo/name"], Pointers(json));
    }

    [Fact]
    public void All_errors_are_reported_together_in_document_order()
    {
        var json = With("\"city\": \"Columbus\",", string.Empty).Replace("\"quantity\": 12", "\"quantity\": -1", StringComparison.Ordinal);
        Assert.Equal(["/shipTo/city", "/lines/1/quantity"], Pointers(json));
    }

    [Theory]
    [InlineData("{", "")]
    [InlineData("[]", "")]
    [InlineData("{\"orderNumber\": \"A\", \"lines\": []}", "/shipTo")]
    public void Structural_errors_point_at_the_container(string json, string pointer) => Assert.Contains(pointer, Pointers(json));
}
