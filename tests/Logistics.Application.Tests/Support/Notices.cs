using System.Text.Json;
using Logistics.Application.Items;

namespace Logistics.Application.Tests.Support;

/// <summary>Test data: the items and JSON notices the tests post.</summary>
public static class Notices
{
    public const string Owner = "acme";

    /// <summary>SKU-A lot-controlled, SKU-B plain, SKU-C packed in cases of 6.</summary>
    public static async Task RegisterItemsAsync(TestWarehouse warehouse)
    {
        await warehouse.Items.PutAsync(Owner, "SKU-A", new ItemInput("Lot item", ["9780306406157"], LotControlled: true), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "SKU-B", new ItemInput("Plain item", ["4006381333931"]), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "SKU-C", new ItemInput("Case item", PackUnit: "case", CaseQuantity: 6), CancellationToken.None);
    }

    /// <summary>A JSON notice with the given lines (sku, quantity, unit, lot).</summary>
    public static string Json(string number, params (string Sku, int Quantity, string Unit, string? Lot)[] lines) =>
        JsonSerializer.Serialize(new
        {
            noticeNumber = number,
            type = "stockTransfer",
            expectedDate = "2026-11-22",
            lines = lines.Select((l, i) => l.Lot is null
                ? (object)new { lineNumber = i + 1, sku = l.Sku, quantity = l.Quantity, unit = l.Unit }
                : new { lineNumber = i + 1, sku = l.Sku, quantity = l.Quantity, unit = l.Unit, lot = l.Lot }),
        });
}
