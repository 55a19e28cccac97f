using System.Text.Json;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;

namespace Logistics.Edi.Json;

/// <summary>Validates a JSON outbound order and maps it to an <see cref="OutboundOrderDocument"/>, the twin of a 940.</summary>
/// <remarks>
/// <para>
/// As for notices (<see cref="NoticeJsonValidator"/>): every error is collected with its RFC 6901 pointer, <c>null</c> is
/// absent, unknown and repeated properties are errors, numbers must be JSON numbers, dates are <c>YYYY-MM-DD</c>.
/// </para>
/// <list type="table">
/// <listheader><term>Pointer</term><description>Rule</description></listheader>
/// <item><term><c>/orderNumber</c></term><description>string, required; 1-30 letters, digits, <c>-</c> <c>_</c> <c>.</c> (940 W0502)</description></item>
/// <item><term><c>/purpose</c></term><description><c>original</c> (default), <c>replace</c>, <c>cancel</c> (W0501 N, R, F)</description></item>
/// <item><term><c>/purchaseOrder</c>, <c>/shipmentId</c></term><description>string, 1-22 (W0503, W0505)</description></item>
/// <item><term><c>/shippingPolicy</c></term><description><c>shipPartial</c>, <c>shipCompleteWait</c>, <c>shipCompleteFail</c>, <c>cancelUnavailable</c>; absent = the owner's default</description></item>
/// <item><term><c>/shipTo</c></term><description>party, required, with <c>addressLines</c> (1-4) and <c>city</c> (N1*ST loop)</description></item>
/// <item><term><c>/shipFrom</c>, <c>/billTo</c></term><description>party (N1*SF, N1*BT)</description></item>
/// <item><term>party</term><description><c>name</c> (1-60, required), <c>id</c> (2-80), <c>additionalNames</c> (0-2 × 1-60), <c>addressLines</c> (0-4 × 1-55), <c>city</c> (2-30), <c>region</c> (2-3), <c>postalCode</c> (3-15), <c>country</c> (2-3), <c>contact</c> {<c>name</c>, <c>phone</c>, <c>email</c>: 1-80 each, one at least}</description></item>
/// <item><term><c>/shipBy</c>, <c>/deliverBy</c>, <c>/shipNotBefore</c></term><description>dates; shipNotBefore ≤ shipBy ≤ deliverBy (G62 38, 54, 37)</description></item>
/// <item><term><c>/carrier</c></term><description><c>scac</c> (2-4 capital letters), <c>service</c> (1-35); one at least (W66)</description></item>
/// <item><term><c>/notes</c></term><description>0-20 strings of 1-80 (NTE)</description></item>
/// <item><term><c>/references</c></term><description>0-20 objects {<c>type</c>: 2-3 capital letters or digits, the X12 qualifier; <c>value</c>: 1-45} (N9)</description></item>
/// <item><term><c>/lines</c></term><description>1-9999 lines; 0-9999 for a cancellation</description></item>
/// <item><term><c>/lines/i/lineNumber</c></term><description>integer ≥ 1, unique (LX01)</description></item>
/// <item><term><c>/lines/i/sku</c></term><description>owner's item code (W01 SK pair)</description></item>
/// <item><term><c>/lines/i/quantity</c></term><description>integer 1-1,000,000 (W0101)</description></item>
/// <item><term><c>/lines/i/unit</c></term><description><c>EA</c>, or <c>CA</c> / <c>CS</c> / <c>CT</c> for cases (W0102)</description></item>
/// <item><term><c>/lines/i/lot</c></term><description>the lot asked for (N9*LT)</description></item>
/// <item><term><c>/lines/i/minimumShelfLifeDays</c></term><description>integer 1-3650: days the goods must still keep when they ship (no 940 counterpart)</description></item>
/// <item><term><c>/lines/i/description</c></term><description>1-250 characters (G69)</description></item>
/// </list>
/// </remarks>
public static class OrderJsonValidator
{
    /// <summary>Longest purchase order number or shipment id (W0503, W0505 allow 22).</summary>
    public const int MaxReferenceLength = 22;

    private static readonly string[] RootProperties =
        ["orderNumber", "purpose", "purchaseOrder", "shipmentId", "shippingPolicy", "shipTo", "shipFrom", "billTo", "shipBy", "deliverBy", "shipNotBefore", "carrier", "notes", "references", "lines"];

    private static readonly string[] Purposes = ["original", "replace", "cancel"];
    private static readonly string[] Policies = ["shipPartial", "shipCompleteWait", "shipCompleteFail", "cancelUnavailable"];
    private static readonly string[] CarrierProperties = ["scac", "service"];
    private static readonly string[] ReferenceProperties = ["type", "value"];
    private static readonly string[] LineProperties = ["lineNumber", "sku", "quantity", "unit", "lot", "minimumShelfLifeDays", "description"];

    /// <summary>Validates <paramref name="json"/>; never throws for bad input.</summary>
    public static OrderJsonResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new OrderJsonResult(null, [new NoticeJsonError(string.Empty, $"Not valid JSON: {ex.Message}")]);
        }

        using (parsed)
        {
            return parsed.RootElement.ValueKind == JsonValueKind.Object
                ? Validate(parsed.RootElement)
                : new OrderJsonResult(null, [new NoticeJsonError(string.Empty, "The order must be a JSON object.")]);
        }
    }

    private static OrderJsonResult Validate(JsonElement root)
    {
        var errors = new List<NoticeJsonError>();
        var reader = new JsonObjectReader(root, string.Empty, RootProperties, errors);
        var number = reader.Parse("orderNumber", true, OrderNumber.MaxLength, OrderNumber.Parse);
        var action = reader.Code("purpose", false, Purposes) switch
        {
            "replace" => OrderAction.Replace,
            "cancel" => OrderAction.Cancel,
            _ => OrderAction.Original,
        };
        var purchaseOrder = reader.String("purchaseOrder", false, MaxReferenceLength);
        var shipmentId = reader.String("shipmentId", false, MaxReferenceLength);
        var policy = reader.Code("shippingPolicy", false, Policies) is { } code ? Enum.Parse<ShippingPolicy>(code, ignoreCase: true) : (ShippingPolicy?)null;
        var shipTo = PartyJsonReader.Read(reader, "shipTo", required: true, needsAddress: true, errors);
        var shipFrom = PartyJsonReader.Read(reader, "shipFrom", required: false, needsAddress: false, errors);
        var billTo = PartyJsonReader.Read(reader, "billTo", required: false, needsAddress: false, errors);
        var shipBy = reader.Date("shipBy", false);
        var deliverBy = reader.Date("deliverBy", false);
        var shipNotBefore = reader.Date("shipNotBefore", false);
        if (shipBy > deliverBy)
        {
            errors.Add(new NoticeJsonError(reader.At("shipBy"), $"'shipBy' {shipBy:yyyy-MM-dd} is after 'deliverBy' {deliverBy:yyyy-MM-dd}."));
        }

        if (shipNotBefore > shipBy)
        {
            errors.Add(new NoticeJsonError(reader.At("shipNotBefore"), $"'shipNotBefore' {shipNotBefore:yyyy-MM-dd} is after 'shipBy' {shipBy:yyyy-MM-dd}."));
        }

        var carrier = ReadCarrier(reader, errors);
        var notes = reader.Strings("notes", false, 0, OrderLimits.MaxNotes, OrderLimits.MaxNoteLength);
        var references = ReadReferences(reader, errors);

        // A cancellation names the order by its number; its lines, if sent, are read and checked like any others.
        var lines = reader.Lines(required: action != OrderAction.Cancel, OrderLimits.MaxLines, (item, pointer) => ReadLine(item, pointer, errors), l => l.LineNumber);
        if (errors.Count > 0 || number is null || shipTo is null)
        {
            return new OrderJsonResult(null, errors);
        }

        var document = new OutboundOrderDocument(number, OrderFormat.Json, action, shipTo, lines)
        {
            PurchaseOrder = purchaseOrder,
            ShipmentId = shipmentId,
            Policy = policy,
            ShipFrom = shipFrom,
            BillTo = billTo,
            ShipBy = shipBy,
            DeliverBy = deliverBy,
            ShipNotBefore = shipNotBefore,
            Carrier = carrier,
            Notes = notes,
            References = references,
        };
        return new OrderJsonResult(document, errors);
    }

    private static Carrier? ReadCarrier(JsonObjectReader root, List<NoticeJsonError> errors)
    {
        if (root.Object("carrier", false, CarrierProperties, "'scac' and/or 'service'") is not { } reader)
        {
            return null;
        }

        var scac = reader.String("scac", false, 4);
        if (scac is not null && !Carrier.IsScac(scac))
        {
            errors.Add(new NoticeJsonError(reader.At("scac"), $"'{scac}' is not a SCAC: 2 to 4 capital letters."));
            scac = null;
        }

        var service = reader.String("service", false, Carrier.MaxServiceLength);
        if (scac is null && service is null)
        {
            errors.Add(new NoticeJsonError(reader.Pointer, "'carrier' needs a 'scac' or a 'service'."));
            return null;
        }

        return new Carrier(scac, service);
    }

    private static List<OrderReference> ReadReferences(JsonObjectReader root, List<NoticeJsonError> errors)
    {
        var references = new List<OrderReference>();
        if (root.Get("references", required: false) is not { } element)
        {
            return references;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() > OrderLimits.MaxNotes)
        {
            errors.Add(new NoticeJsonError(root.At("references"), $"'references' must be an array of at most {OrderLimits.MaxNotes} objects with 'type' and 'value'."));
            return references;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var pointer = JsonPointer.Append(root.At("references"), index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new NoticeJsonError(pointer, "Each reference must be an object with 'type' and 'value'."));
                continue;
            }

            var reader = new JsonObjectReader(item, pointer, ReferenceProperties, errors);
            var type = reader.String("type", true, 3);
            if (type is not null && (type.Length < 2 || !type.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))))
            {
                errors.Add(new NoticeJsonError(reader.At("type"), $"'{type}' is not a reference type: 2-3 capital letters or digits, the X12 reference qualifier (e.g. CO)."));
                type = null;
            }

            var value = reader.String("value", true, OrderReference.MaxValueLength);
            if (type is not null && value is not null)
            {
                references.Add(new OrderReference(type, value));
            }
        }

        return references;
    }

    private static OutboundOrderDocumentLine? ReadLine(JsonElement item, string pointer, List<NoticeJsonError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new NoticeJsonError(pointer, "Each line must be an object."));
            return null;
        }

        var reader = new JsonObjectReader(item, pointer, LineProperties, errors);
        var lineNumber = reader.PositiveInteger("lineNumber", true);
        var sku = reader.Parse("sku", true, Sku.MaxLength, Sku.Parse);
        var quantity = reader.PositiveInteger("quantity", true, OrderLimits.MaxLineUnits);
        var unit = reader.Code("unit", true, X12UnitCodes.Accepted);
        var lot = reader.Parse("lot", false, LotNumber.MaxLength, LotNumber.Parse);
        var shelfLife = reader.PositiveInteger("minimumShelfLifeDays", false, OrderLimits.MaxShelfLifeDays);
        var description = reader.String("description", false, OrderLimits.MaxDescriptionLength);
        return lineNumber is null || sku is null || quantity is null || unit is null
            ? null
            : new OutboundOrderDocumentLine(lineNumber.Value, sku, Quantity.Of(quantity.Value), X12UnitCodes.ToUnit(unit), lot)
            {
                MinimumShelfLifeDays = shelfLife,
                Description = description,
            };
    }
}
