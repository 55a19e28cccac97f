using Logistics.Application.Billing;
using Logistics.Application.Tests.Billing;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.ValueAdded;

/// <summary>Billing rates a completed job through the owner's rate card: one job and its units produced; a cancelled job is not charged.</summary>
public sealed class ValueAddedBillingTests
{
    [Fact]
    public async Task A_completed_kit_job_is_charged_once_per_job_and_per_kit_and_a_cancelled_one_not_at_all()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.ValueAddedWork, "job", 12.50m), (BillingCatalog.ValueAddedWork, "unit", 0.80m));

        var job = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("BILL-1", 3)));
        await Jobs.CompleteAsync(warehouse, job);
        await Jobs.CompleteAsync(warehouse, job);
        await Jobs.CancelAsync(warehouse, await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("BILL-2", 1))));
        await Rating.DrainAsync(warehouse);

        var lines = (await Rating.LinesAsync(warehouse)).Where(l => l.Service == BillingCatalog.ValueAddedWork).ToList();
        Assert.Equal(new Dictionary<(string, string), decimal> { [(BillingCatalog.ValueAddedWork, "job")] = 1, [(BillingCatalog.ValueAddedWork, "unit")] = 3 },
            (await Rating.QuantitiesAsync(warehouse)).Where(q => q.Key.Item1 == BillingCatalog.ValueAddedWork).ToDictionary());
        Assert.All(lines, l => Assert.Equal((ChargeLineDocument.Rated, "2026-11-01", "acme~BILL-1"), (l.Status, l.RateCardVersion, l.Subject)));
    }
}
