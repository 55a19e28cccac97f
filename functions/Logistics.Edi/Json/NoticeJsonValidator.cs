using System.Text.Json;
using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;

namespace Logistics.Edi.Json;

/// <summary>Validates a JSON inbound notice (shape in NoticeJsonSchema.md) and maps it to an <see cref="InboundNoticeDocument"/>.</summary>
/// <remarks>
/// Every error is collected, each with a JSON pointer, so a client fixes everything in one round trip.
/// Unknown properties are errors: a misspelt optional field (say "expiryDate") would otherwise be lost silently. Numbers
/// must be JSON numbers (<c>"quantity": "5"</c> is refused), the same rule as every other JSON body of the API.
/// </remarks>
public static class NoticeJsonValidator
{
    /// <summary>Longest accepted free-text field (shipFrom.name, carrier, reference).</summary>
    public const int MaxTextLength = 60;

    /// <summary>Most lines accepted in one notice.</summary>
    public const int MaxLines = NoticeLimits.MaxLines;

    private static readonly string[] RootProperties = ["noticeNumber", "type", "purpose", "expectedDate", "shipFrom", "carrier", "reference", "lines"];
    private static readonly string[] Purposes = ["original", "replace", "cancel"];
    private static readonly string[] ShipFromProperties = ["name", "id"];
    private static readonly string[] LineProperties = ["lineNumber", "sku", "quantity", "unit", "lot", "expiry"];
    private static readonly string[] Types = ["stockTransfer", "shipNotice"];

    /// <summary>Validates <paramref name="json"/>; never throws for bad input.</summary>
    public static NoticeJsonResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new NoticeJsonResult(null, [new NoticeJsonError(string.Empty, $"Not valid JSON: {ex.Message}")]);
        }

        using (parsed)
        {
            return Validate(parsed.RootElement);
        }
    }

    private static NoticeJsonResult Validate(JsonElement root)
    {
        var errors = new List<NoticeJsonError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new NoticeJsonResult(null, [new NoticeJsonError(string.Empty, "The notice must be a JSON object.")]);
        }

        var reader = new JsonObjectReader(root, string.Empty, RootProperties, errors);
        var number = reader.Parse("noticeNumber", true, NoticeNumber.MaxLength, NoticeNumber.Parse);
        var type = reader.Code("type", true, Types);
        var action = reader.Code("purpose", false, Purposes) switch
        {
            "replace" => NoticeAction.Replace,
            "cancel" => NoticeAction.Cancel,
            _ => NoticeAction.Original,
        };
        var expected = reader.Date("expectedDate", true);
        var shipFrom = ReadShipFrom(reader, errors);
        var carrier = reader.String("carrier", false, MaxTextLength);
        var reference = reader.String("reference", false, MaxTextLength);

        // A cancellation names the notice by its number; its lines, if sent, are read and checked like any others.
        var lines = reader.Lines(required: action != NoticeAction.Cancel, MaxLines, (item, pointer) => ReadLine(item, pointer, errors), l => l.LineNumber);

        if (errors.Count > 0 || number is null || type is null || expected is null)
        {
            return new NoticeJsonResult(null, errors);
        }

        var purpose = type == "shipNotice" ? NoticePurpose.ShipNotice : NoticePurpose.StockTransfer;
        return new NoticeJsonResult(
            new InboundNoticeDocument(number, NoticeType.Json, purpose, expected.Value, shipFrom, carrier, reference, lines) { Action = action }, errors);
    }

    private static string? ReadShipFrom(JsonObjectReader root, List<NoticeJsonError> errors)
    {
        if (root.Get("shipFrom", required: false) is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new NoticeJsonError(root.At("shipFrom"), "'shipFrom' must be an object with 'name' and optional 'id'."));
            return null;
        }

        var reader = new JsonObjectReader(element, root.At("shipFrom"), ShipFromProperties, errors);
        var name = reader.String("name", true, MaxTextLength);
        reader.String("id", false, MaxTextLength);
        return name;
    }

    private static InboundNoticeDocumentLine? ReadLine(JsonElement item, string pointer, List<NoticeJsonError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new NoticeJsonError(pointer, "Each line must be an object."));
            return null;
        }

        var reader = new JsonObjectReader(item, pointer, LineProperties, errors);
        var lineNumber = reader.PositiveInteger("lineNumber", true);
        var sku = reader.Parse("sku", true, Sku.MaxLength, Sku.Parse);
        var quantity = reader.PositiveInteger("quantity", true, NoticeLimits.MaxLineUnits);
        var unit = reader.Code("unit", true, X12UnitCodes.Accepted);
        var lot = reader.Parse("lot", false, LotNumber.MaxLength, LotNumber.Parse);
        var expiry = reader.Date("expiry", false);
        return lineNumber is null || sku is null || quantity is null || unit is null
            ? null
            : new InboundNoticeDocumentLine(lineNumber.Value, sku, Quantity.Of(quantity.Value), X12UnitCodes.ToUnit(unit), lot, expiry);
    }
}
