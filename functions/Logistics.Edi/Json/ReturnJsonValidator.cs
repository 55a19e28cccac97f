using System.Text.Json;
using Logistics.Domain.Common;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Domain.Returns;
using Logistics.Edi.Inbound;
using Logistics.Edi.Returns;

namespace Logistics.Edi.Json;

/// <summary>Validates a JSON return notice (shape in ReturnJsonSchema.md) and maps it to a <see cref="ReturnNoticeDocument"/>, the twin of a 180.</summary>
/// <remarks>
/// As for notices and orders (<see cref="NoticeJsonValidator"/>, <see cref="OrderJsonValidator"/>): every error is
/// collected with its RFC 6901 pointer, <c>null</c> is absent, unknown and repeated properties are errors, numbers must be
/// JSON numbers, dates are <c>YYYY-MM-DD</c>. A line names its item by <c>sku</c>, by <c>itemIds</c> (the X12 product id
/// qualifiers a 180 uses, so a barcode-only return has a JSON form too), or by both; the intake resolves barcodes
/// against the item master as it does for an inbound notice.
/// </remarks>
public static class ReturnJsonValidator
{
    /// <summary>Longest reason text (the 180's free-form description allows 80).</summary>
    public const int MaxReasonTextLength = 80;

    /// <summary>Most ids one line may carry in <c>itemIds</c>.</summary>
    public const int MaxItemIds = 10;

    private static readonly string[] RootProperties =
        [ReturnFields.ReturnNumber, ReturnFields.Purpose, ReturnFields.ExpectedDate, ReturnFields.ReturnFrom, ReturnFields.Pickup, ReturnFields.Supplier, "lines"];

    private static readonly string[] Purposes = ["original", "replace", "cancel"];

    private static readonly string[] LineProperties =
        [ReturnFields.LineNumber, ReturnFields.Sku, "itemIds", ReturnFields.Quantity, ReturnFields.Unit, ReturnFields.Lot, ReturnFields.Reason,
            ReturnFields.ReasonText, ReturnFields.RequestedDisposition, ReturnFields.OriginalOrderNumber];

    private static readonly string[] ItemIdProperties = ["type", "value"];

    /// <summary>The JSON spelling of each <see cref="ReturnReason"/>.</summary>
    public static IReadOnlyList<string> Reasons { get; } = [.. Enum.GetNames<ReturnReason>().Select(Camel)];

    /// <summary>The JSON spelling of each <see cref="ReturnDisposition"/>.</summary>
    public static IReadOnlyList<string> Dispositions { get; } = [.. Enum.GetNames<ReturnDisposition>().Select(Camel)];

    /// <summary>Validates <paramref name="json"/>; never throws for bad input.</summary>
    public static ReturnJsonResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new ReturnJsonResult(null, [new NoticeJsonError(string.Empty, $"Not valid JSON: {ex.Message}")]);
        }

        using (parsed)
        {
            return parsed.RootElement.ValueKind == JsonValueKind.Object
                ? Validate(parsed.RootElement)
                : new ReturnJsonResult(null, [new NoticeJsonError(string.Empty, "The return notice must be a JSON object.")]);
        }
    }

    private static ReturnJsonResult Validate(JsonElement root)
    {
        var errors = new List<NoticeJsonError>();
        var reader = new JsonObjectReader(root, string.Empty, RootProperties, errors);
        var number = reader.Parse(ReturnFields.ReturnNumber, true, ReturnNoticeDocument.MaxReturnNumberLength, v => new Text(ReturnNoticeDocument.ParseReturnNumber(v)));
        var action = reader.Code(ReturnFields.Purpose, false, Purposes) switch
        {
            "replace" => NoticeAction.Replace,
            "cancel" => NoticeAction.Cancel,
            _ => NoticeAction.Original,
        };
        var expected = reader.Date(ReturnFields.ExpectedDate, false);
        var returnFrom = PartyJsonReader.Read(reader, ReturnFields.ReturnFrom, required: false, needsAddress: false, errors);
        var pickup = PartyJsonReader.Read(reader, ReturnFields.Pickup, required: false, needsAddress: true, errors);
        var supplier = PartyJsonReader.Read(reader, ReturnFields.Supplier, required: false, needsAddress: false, errors);

        // A cancellation names the return by its number; its lines, if sent, are read and checked like any others.
        var lines = reader.Lines(required: action != NoticeAction.Cancel, NoticeLimits.MaxLines, (item, pointer) => ReadLine(item, pointer, errors), l => l.LineNumber);
        if (errors.Count > 0 || number is null)
        {
            return new ReturnJsonResult(null, errors);
        }

        var document = new ReturnNoticeDocument(number.Value, ReturnNoticeFormat.Json, expected, returnFrom, lines)
        {
            Action = action,
            Pickup = pickup,
            Supplier = supplier,
        };
        return new ReturnJsonResult(document, errors);
    }

    private static ReturnNoticeDocumentLine? ReadLine(JsonElement item, string pointer, List<NoticeJsonError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new NoticeJsonError(pointer, "Each line must be an object."));
            return null;
        }

        var count = errors.Count;
        var reader = new JsonObjectReader(item, pointer, LineProperties, errors);
        var lineNumber = reader.PositiveInteger(ReturnFields.LineNumber, true);
        var sku = reader.Parse(ReturnFields.Sku, false, Sku.MaxLength, Sku.Parse);
        var ids = ReadItemIds(reader, errors);
        if (sku is null && ids.Count == 0 && errors.Count == count)
        {
            errors.Add(new NoticeJsonError(reader.At(ReturnFields.Sku), "A line needs its 'sku', or 'itemIds' naming the item by barcode or vendor number."));
        }

        var quantity = reader.PositiveInteger(ReturnFields.Quantity, true, NoticeLimits.MaxLineUnits);
        var unit = reader.Code(ReturnFields.Unit, true, X12UnitCodes.Accepted);
        var lot = reader.Parse(ReturnFields.Lot, false, LotNumber.MaxLength, LotNumber.Parse);
        var reason = reader.Code(ReturnFields.Reason, true, Reasons);
        var reasonText = reader.String(ReturnFields.ReasonText, false, MaxReasonTextLength);
        var disposition = reader.Code(ReturnFields.RequestedDisposition, false, Dispositions);
        var order = reader.Parse(ReturnFields.OriginalOrderNumber, false, OrderNumber.MaxLength, OrderNumber.Parse);
        if (errors.Count > count || lineNumber is null || quantity is null || unit is null || reason is null)
        {
            return null;
        }

        IReadOnlyList<ItemReference> itemIds = sku is null ? ids : [ItemReference.ForSku(sku), .. ids];
        return new ReturnNoticeDocumentLine(lineNumber.Value, itemIds, Quantity.Of(quantity.Value), X12UnitCodes.ToUnit(unit), lot, Enum.Parse<ReturnReason>(reason, ignoreCase: true))
        {
            ReasonText = reasonText,
            RequestedDisposition = disposition is null ? null : Enum.Parse<ReturnDisposition>(disposition, ignoreCase: true),
            OriginalOrderNumber = order?.Value,
        };
    }

    /// <summary><c>itemIds</c>: 1-<see cref="MaxItemIds"/> objects {type: an X12 product id qualifier, value}, each checked as a 180's would be.</summary>
    private static List<ItemReference> ReadItemIds(JsonObjectReader line, List<NoticeJsonError> errors)
    {
        var ids = new List<ItemReference>();
        if (line.Get("itemIds", required: false) is not { } element)
        {
            return ids;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() < 1 || element.GetArrayLength() > MaxItemIds)
        {
            errors.Add(new NoticeJsonError(line.At("itemIds"), $"'itemIds' must be an array of 1 to {MaxItemIds} objects with 'type' and 'value'."));
            return ids;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var pointer = JsonPointer.Append(line.At("itemIds"), index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new NoticeJsonError(pointer, "Each item id must be an object with 'type' and 'value'."));
                continue;
            }

            var reader = new JsonObjectReader(item, pointer, ItemIdProperties, errors);
            var type = reader.Code("type", true, ItemReference.Qualifiers);
            var value = reader.String("value", true, Sku.MaxLength);
            if (type is null || value is null)
            {
                continue;
            }

            try
            {
                ids.Add(ItemReference.Parse(type, value));
            }
            catch (DomainException ex)
            {
                errors.Add(new NoticeJsonError(reader.At("value"), ex.Message));
            }
        }

        return ids;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A checked string, boxed so <see cref="JsonObjectReader.Parse{T}"/> (which needs a class) can carry it.</summary>
    private sealed record Text(string Value);
}
