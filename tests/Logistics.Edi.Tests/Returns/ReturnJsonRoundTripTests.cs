using System.Text.Json.Nodes;
using Logistics.Domain.Items;
using Logistics.Domain.Returns;
using Logistics.Edi.Inbound;
using Logistics.Edi.Json;
using Logistics.Edi.Outbound;
using Logistics.Edi.Returns;

namespace Logistics.Edi.Tests.Returns;

/// <summary>Property: any valid return notice, written as JSON by the schema, validates back to the same document.</summary>
public class ReturnJsonRoundTripTests
{
    private const string CodeCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    private static readonly (string Type, string Value)[] Barcodes =
        [("EN", "9780306406157"), ("UP", "036000291452"), ("IB", "0306406152"), ("UK", "10036000291459"), ("EA", "96385074")];

    private static readonly string[] Units = [.. X12UnitCodes.Accepted];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_valid_notices_survive_JSON_and_the_validator(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 100; round++)
        {
            var (json, expected) = Notice(random);

            var result = ReturnJsonValidator.Validate(json.ToJsonString());

            Assert.True(result.IsValid, $"seed {seed} round {round}: {string.Join("; ", result.Errors)}\n{json}");
            var actual = result.Document!;
            Assert.Equal((expected.ReturnNumber, expected.Action, expected.ExpectedDate), (actual.ReturnNumber, actual.Action, actual.ExpectedDate));
            Assert.Equal((expected.ReturnFrom, expected.Pickup, expected.Supplier), (actual.ReturnFrom, actual.Pickup, actual.Supplier));
            Assert.Equal(expected.Lines, actual.Lines);
        }
    }

    private static (JsonObject Json, ReturnNoticeDocument Expected) Notice(Random random)
    {
        var number = Code(random, 1, ReturnNoticeDocument.MaxReturnNumberLength);
        var action = (NoticeAction)random.Next(3);
        var json = new JsonObject { ["returnNumber"] = number };
        if (action != NoticeAction.Original || random.Next(2) == 0)
        {
            json["purpose"] = action switch { NoticeAction.Replace => "replace", NoticeAction.Cancel => "cancel", _ => "original" };
        }

        DateOnly? expectedDate = random.Next(2) == 0 ? new DateOnly(2026, 1, 1).AddDays(random.Next(3000)) : null;
        if (expectedDate is { } date)
        {
            json["expectedDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var returnFrom = MaybeParty(random, json, "returnFrom", needsAddress: false);
        var pickup = MaybeParty(random, json, "pickup", needsAddress: true);
        var supplier = MaybeParty(random, json, "supplier", needsAddress: false);
        var lines = new List<ReturnNoticeDocumentLine>();
        var array = new JsonArray();
        var count = random.Next(action == NoticeAction.Cancel ? 0 : 1, 6);
        var numbers = Enumerable.Range(1, 50).OrderBy(_ => random.Next()).Take(count).ToList();
        foreach (var lineNumber in numbers)
        {
            var (line, expected) = Line(random, lineNumber);
            array.Add(line);
            lines.Add(expected);
        }

        if (count > 0 || random.Next(2) == 0)
        {
            json["lines"] = array;
        }

        var document = new ReturnNoticeDocument(number, ReturnNoticeFormat.Json, expectedDate, returnFrom, lines)
        {
            Action = action,
            Pickup = pickup,
            Supplier = supplier,
        };
        return (json, document);
    }

    private static (JsonObject Json, ReturnNoticeDocumentLine Expected) Line(Random random, int lineNumber)
    {
        var json = new JsonObject { ["lineNumber"] = lineNumber };
        var ids = new List<ItemReference>();
        var withSku = random.Next(3) != 0;
        if (withSku)
        {
            var sku = Code(random, 1, Sku.MaxLength);
            json["sku"] = sku;
            ids.Add(ItemReference.ForSku(Sku.Parse(sku)));
        }

        if (!withSku || random.Next(2) == 0)
        {
            var itemIds = new JsonArray();
            foreach (var (type, value) in Barcodes.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Append(("VN", Code(random, 1, 20))).Take(random.Next(1, 4)))
            {
                itemIds.Add(new JsonObject { ["type"] = type, ["value"] = value });
                ids.Add(ItemReference.Parse(type, value));
            }

            json["itemIds"] = itemIds;
        }

        var quantity = random.Next(1, NoticeLimits.MaxLineUnits + 1);
        var unit = Units[random.Next(Units.Length)];
        var reason = (ReturnReason)random.Next(Enum.GetValues<ReturnReason>().Length);
        json["quantity"] = quantity;
        json["unit"] = unit;
        json["reason"] = ReturnJsonValidator.Reasons[(int)reason];
        LotNumber? lot = null;
        if (random.Next(2) == 0)
        {
            var text = Code(random, 1, LotNumber.MaxLength);
            json["lot"] = text;
            lot = LotNumber.Parse(text);
        }

        string? reasonText = random.Next(2) == 0 ? Text(random, ReturnJsonValidator.MaxReasonTextLength) : null;
        ReturnDisposition? disposition = random.Next(2) == 0 ? (ReturnDisposition)random.Next(4) : null;
        string? order = random.Next(2) == 0 ? Code(random, 1, 30) : null;
        Put(random, json, "reasonText", reasonText);
        Put(random, json, "requestedDisposition", disposition is { } d ? ReturnJsonValidator.Dispositions[(int)d] : null);
        Put(random, json, "originalOrderNumber", order);
        var expected = new ReturnNoticeDocumentLine(lineNumber, ids, Quantity.Of(quantity), X12UnitCodes.ToUnit(unit), lot, reason)
        {
            ReasonText = reasonText,
            RequestedDisposition = disposition,
            OriginalOrderNumber = order,
        };
        return (json, expected);
    }

    private static Party? MaybeParty(Random random, JsonObject into, string name, bool needsAddress)
    {
        if (random.Next(2) == 0)
        {
            return null;
        }

        var json = new JsonObject();
        var partyName = Text(random, Party.MaxNameLength);
        json["name"] = partyName;
        var id = random.Next(2) == 0 ? Code(random, 2, 80) : null;
        var additional = Enumerable.Range(0, random.Next(3)).Select(_ => Text(random, Party.MaxNameLength)).ToList();
        var address = Enumerable.Range(0, random.Next(needsAddress ? 1 : 0, Party.MaxAddressLines + 1)).Select(_ => Text(random, Party.MaxAddressLineLength)).ToList();
        var city = needsAddress || random.Next(2) == 0 ? Text(random, 30, 2) : null;
        var region = random.Next(2) == 0 ? Code(random, 2, 3) : null;
        var postal = random.Next(2) == 0 ? Text(random, 15, 3) : null;
        var country = random.Next(2) == 0 ? Code(random, 2, 3) : null;
        var contact = random.Next(2) == 0 ? new Contact(Text(random, 60), random.Next(2) == 0 ? Text(random, 80) : null, null) : null;
        Put(random, json, "id", id);
        if (additional.Count > 0 || random.Next(2) == 0)
        {
            json["additionalNames"] = new JsonArray([.. additional.Select(a => (JsonNode)a)]);
        }

        if (address.Count > 0 || random.Next(2) == 0)
        {
            json["addressLines"] = new JsonArray([.. address.Select(a => (JsonNode)a)]);
        }

        Put(random, json, "city", city);
        Put(random, json, "region", region);
        Put(random, json, "postalCode", postal);
        Put(random, json, "country", country);
        if (contact is not null)
        {
            var node = new JsonObject { ["name"] = contact.Name };
            Put(random, node, "phone", contact.Phone);
            json["contact"] = node;
        }

        into[name] = json;
        return new Party(partyName, id, address, city, region, postal, country) { AdditionalNames = additional, Contact = contact };
    }

    private static void Put(Random random, JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
        else if (random.Next(4) == 0)
        {
            json[name] = null; // null is absent
        }
    }

    private static string Code(Random random, int min, int max) =>
        new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => CodeCharacters[random.Next(CodeCharacters.Length)])]);

    /// <summary>Free text: any printable characters, quotes, escapes and non-ASCII included, never blank.</summary>
    private static string Text(Random random, int max, int min = 1)
    {
        const string Pool = "abc XYZ 0123 \"quoted\" back\\slash ~*^:| é ü 東京 \t";
        var text = new string([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pool[random.Next(Pool.Length)])]);
        return string.IsNullOrWhiteSpace(text) || char.IsWhiteSpace(text[0]) ? "x" + text[..^1] : text;
    }
}
