using Logistics.Application.Alerts;
using Logistics.Application.Events;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Intake;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Microsoft.Extensions.Options;

namespace Logistics.Application.Tests.Alerts;

/// <summary>
/// A return's part held for the owner is pending goods like a notice's: past its deadline (here with no worker to apply
/// the default action) it raises one alert, and the owner's decision clears it.
/// </summary>
public sealed class ReturnHoldAlertTests
{
    [Fact]
    public async Task A_held_return_part_past_its_deadline_is_raised_once_and_cleared_by_the_owners_decision()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var evaluator = warehouse.Get<StockAlertEvaluator>();
        var seen = new List<WarehouseEvent>();
        var accepted = await warehouse.Get<ReturnIntake>().AcceptJsonAsync(warehouse.Durable, AlertFlows.Owner,
            """{"returnNumber":"RMA-ALERT","lines":[{"lineNumber":1,"sku":"SKU-B","quantity":2,"unit":"EA","reason":"damaged","requestedDisposition":"hold"}]}""", CancellationToken.None);
        var receiving = warehouse.Get<ReturnReceiving>();
        await receiving.RecordArrivalAsync(warehouse.Durable, accepted.ReturnId, null, CancellationToken.None);
        await receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("s1", Sku: "SKU-B", Quantity: 2, Condition: "damaged"), CancellationToken.None);
        await receiving.CloseAsync(warehouse.Durable, accepted.ReturnId, CancellationToken.None);
        var due = warehouse.Clock.GetUtcNow() + warehouse.Get<IOptions<WarehouseOptions>>().Value.DecisionWindow;
        await AlertFlows.DrainAsync(warehouse);
        var key = $"returns/{accepted.ReturnId}/P1";
        Assert.Equal([new PendingDeadline(AlertFlows.Owner, key, "SKU-B", null, 2, due)], await warehouse.Get<PendingDeadlines>().OfOwnerAsync(AlertFlows.Owner, CancellationToken.None));

        warehouse.Clock.Advance(due - warehouse.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        Assert.Empty(await AlertFlows.AlertEventsAsync(warehouse, seen));
        warehouse.Clock.Advance(TimeSpan.FromMinutes(1));
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        await AlertFlows.AlertEventsAsync(warehouse, seen);
        Assert.Equal(["Raised PendingOverdue SKU-B #1"], seen.Select(AlertFlows.Describe));
        Assert.Equal(key, Assert.Single(await AlertFlows.AlertsAsync(warehouse), a => a.AlertKind == AlertKind.PendingOverdue).Pending);

        await warehouse.Get<ReturnDecisions>().DecideAsync(warehouse.Durable, AlertFlows.Owner, accepted.ReturnId, new ReturnDecisionInput("P1", "scrap", "water damage"), CancellationToken.None);
        await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);

        Assert.Equal(["Raised PendingOverdue SKU-B #1", "Cleared PendingOverdue SKU-B #1"], seen.Select(AlertFlows.Describe));
        Assert.Empty(await warehouse.Get<PendingDeadlines>().OfOwnerAsync(AlertFlows.Owner, CancellationToken.None));
    }
}
