using System.Text.Json;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>Reads a publisher's balances and ledger over HTTP, and checks invariant 1: every balance is the sum of its movements.</summary>
internal static class StockLedger
{
    /// <summary>The publisher's current balances.</summary>
    public static async Task<List<(string Sku, string? Lot, string Location, string Status, long Quantity)>> BalancesAsync(InboundHost host, string key, string query = "") =>
        [.. (await host.OkAsync(HttpMethod.Get, "/api/inventory" + query, key)).EnumerateArray()
            .Select(b => (b.GetProperty("sku").GetString()!, b.TryGetProperty("lot", out var lot) ? lot.GetString() : null,
                b.GetProperty("location").GetString()!, b.GetProperty("status").GetString()!, b.GetProperty("quantity").GetInt64()))];

    /// <summary>Units of <paramref name="sku"/> (every SKU when null) pending in.</summary>
    public static async Task<long> PendingInAsync(InboundHost host, string key, string? sku = null) =>
        (await BalancesAsync(host, key, "?status=PendingIn" + (sku is null ? string.Empty : "&sku=" + Uri.EscapeDataString(sku)))).Sum(b => b.Quantity);

    /// <summary>Every movement of the publisher's ledger, read page by page.</summary>
    public static async Task<List<JsonElement>> MovementsAsync(InboundHost host, string key)
    {
        var movements = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await host.OkAsync(HttpMethod.Get, "/api/inventory/ledger?pageSize=7" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)), key);
            movements.AddRange(page.GetProperty("movements").EnumerateArray());
            token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (token is not null);
        return movements;
    }

    /// <summary>
    /// Asserts that the balances are exactly the non-zero sums of the ledger's movements, per item, lot, location, status
    /// and reference (a notice's pending-in is its own balance); returns the balances.
    /// </summary>
    public static async Task<List<(string Sku, string? Lot, string Location, string Status, long Quantity)>> AssertBalancesEqualLedgerAsync(InboundHost host, string key)
    {
        var balances = (await host.OkAsync(HttpMethod.Get, "/api/inventory", key)).EnumerateArray()
            .Select(b => (Key: Grain(b), Quantity: b.GetProperty("quantity").GetInt64()))
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .ToList();
        var sums = (await MovementsAsync(host, key))
            .GroupBy(Grain)
            .Select(g => (Key: g.Key, Quantity: g.Sum(m => m.GetProperty("delta").GetInt64())))
            .Where(s => s.Quantity != 0)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(sums, balances);
        return await BalancesAsync(host, key);
    }

    private static string Grain(JsonElement entry) =>
        string.Join('|', new[] { "sku", "lot", "location", "status", "reference" }
            .Select(name => entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : "-"));
}
