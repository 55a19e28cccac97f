using System.Text.Json;
using Logistics.Application.Items;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Intake;
using Logistics.Application.Tests.Support;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Tests.Outbound.Intake;

/// <summary>The item master the partners' 940s name, those 940s, JSON orders, and the intakes they are posted through.</summary>
internal static class OrderFiles
{
    public const string Owner = Orders.Owner;

    /// <summary>
    /// BOOK-001 (lot-controlled, cases of 12, EAN 9780306406157 = ISBN 0-306-40615-2), BOOK-002 (cases of 10, UPC
    /// 036000291452), BOOK-003 (eaches, UPC 012345678905), BOOK-004 (eaches, ISBN-13 9781861972712) and MAG-2026-01
    /// (cases of 25, known by its SKU only).
    /// </summary>
    public static async Task RegisterItemsAsync(TestWarehouse warehouse)
    {
        await warehouse.Items.PutAsync(Owner, "BOOK-001", new ItemInput("Atlas of Trade Routes", ["9780306406157"], PackUnit: "case", CaseQuantity: 12, LotControlled: true), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "BOOK-002", new ItemInput("Novel", ["036000291452"], PackUnit: "case", CaseQuantity: 10), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "BOOK-003", new ItemInput("Cookbook", ["012345678905"]), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "BOOK-004", new ItemInput("Field guide", ["9781861972712"]), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "MAG-2026-01", new ItemInput("Monthly magazine", PackUnit: "case", CaseQuantity: 25), CancellationToken.None);
    }

    /// <summary>A partner's 940 from <c>Samples</c> (copied beside the test assembly).</summary>
    public static string Load(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Outbound", "Intake", "Samples", name));

    /// <summary>A JSON order to Corner Books with the given lines (sku, quantity, unit, lot), as <paramref name="purpose"/>.</summary>
    public static string Json(string number, string purpose, params (string Sku, int Quantity, string Unit, string? Lot)[] lines) =>
        JsonSerializer.Serialize(new
        {
            orderNumber = number,
            purpose,
            purchaseOrder = "PO-77",
            shipTo = new
            {
                name = "Corner Books",
                addressLines = new[] { "12 High Street" },
                city = "Springfield",
                region = "IL",
                postalCode = "62701",
                country = "US",
                contact = new { name = "Dock Office", phone = "6145550100" },
            },
            shipBy = "2026-11-25",
            deliverBy = "2026-11-27",
            carrier = new { scac = "UPSN", service = "GROUND" },
            notes = new[] { "Ring the bell" },
            lines = lines.Select((l, i) => l.Lot is null
                ? (object)new { lineNumber = i + 1, sku = l.Sku, quantity = l.Quantity, unit = l.Unit }
                : new { lineNumber = i + 1, sku = l.Sku, quantity = l.Quantity, unit = l.Unit, lot = l.Lot }),
        });

    /// <summary>Posts a JSON order as the owner.</summary>
    public static Task<AcceptedOrder> PostJsonAsync(TestWarehouse warehouse, string json) =>
        warehouse.Get<OrderIntake>().AcceptJsonAsync(warehouse.Durable, Owner, json, CancellationToken.None);

    /// <summary>Posts an X12 interchange as the owner.</summary>
    public static Task<X12OrderIntakeResult> PostX12Async(TestWarehouse warehouse, string x12) =>
        warehouse.Get<X12OrderIntake>().AcceptAsync(warehouse.Durable, Owner, x12, CancellationToken.None);

    /// <summary>The owner's stored orders, as stored (to compare before and after).</summary>
    public static async Task<List<string>> StoredAsync(TestWarehouse warehouse) =>
        [.. (await warehouse.AllAsync<JsonElement>(Owner, OrderDocument.Kind)).Select(o => o.GetRawText()).Order(StringComparer.Ordinal)];

    /// <summary>Asserts that the owner has no order and that no orchestration was started.</summary>
    public static async Task AssertNoOrderAsync(TestWarehouse warehouse)
    {
        Assert.Empty(await warehouse.AllAsync<JsonElement>(Owner, OrderDocument.Kind));
        await foreach (var instance in warehouse.Durable.GetAllInstancesAsync(new OrchestrationQuery()))
        {
            Assert.Fail($"Orchestration {instance.InstanceId} was started.");
        }
    }
}
