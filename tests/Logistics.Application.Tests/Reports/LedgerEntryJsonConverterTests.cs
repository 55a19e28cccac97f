using System.Text.Json;
using Logistics.Application.Reports;
using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;

namespace Logistics.Application.Tests.Reports;

/// <summary>The hand-written reader of movement documents: the six members read whatever their order, the rest skipped, bad documents refused.</summary>
public sealed class LedgerEntryJsonConverterTests
{
    [Fact]
    public void Reads_the_summed_members_in_any_order_and_skips_the_rest()
    {
        const string json = """
            {"id":"movement~x","nested":{"sku":"WRONG","a":[1,{"b":2}]},"occurredAt":"2026-11-21T08:00:00.0000000Z","delta":-7,
             "movementType":"Shipment","lot":"L\u0031","status":"Picked","sku":"BOOK-1","_ts":1}
            """;
        var entry = JsonSerializer.Deserialize<LedgerEntry>(json, DocumentJson.Options);
        Assert.Equal(new LedgerEntry("BOOK-1", "L1", StockStatus.Picked, -7, MovementType.Shipment, "2026-11-21T08:00:00.0000000Z"), entry);
    }

    [Fact]
    public void Takes_a_missing_lot_as_none_and_numeric_enums_as_their_values()
    {
        var entry = JsonSerializer.Deserialize<LedgerEntry>("""{"sku":"A","status":8,"delta":1,"movementType":11,"occurredAt":"t"}""", DocumentJson.Options);
        Assert.Equal(new LedgerEntry("A", null, StockStatus.OnHold, 1, MovementType.Return, "t"), entry);
    }

    [Theory]
    [InlineData("""{"sku":"A","status":"Lost","delta":1,"movementType":"Receipt","occurredAt":"t"}""")]
    [InlineData("""{"sku":"A","status":"OnHand","delta":1,"occurredAt":"t"}""")]
    [InlineData("""[1]""")]
    public void Refuses_an_unknown_status_a_missing_member_or_a_non_object(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LedgerEntry>(json, DocumentJson.Options));
}
