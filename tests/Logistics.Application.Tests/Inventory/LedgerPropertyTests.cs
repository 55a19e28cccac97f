using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Inventory;

/// <summary>Seeded random receiving sessions against the real SQLite store: invariant 1 holds after every step.</summary>
public sealed class LedgerPropertyTests
{
    private static readonly string[] Decisions = ["accept", "returnToSupplier", "scrap"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Random_scan_sequences_never_break_balance_equals_sum_of_movements(int seed)
    {
        var random = new Random(seed);
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        for (var round = 0; round < 3; round++)
        {
            await PlayNoticeAsync(warehouse, random, $"N{seed}-{round}");
            await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        }

        // Everything announced was released from pending-in, whatever was scanned.
        var balances = await warehouse.AllAsync<Application.Inventory.BalanceDocument>(Notices.Owner, Application.Inventory.BalanceDocument.Kind);
        Assert.All(balances.Where(b => b.Status == Domain.Inventory.StockStatus.PendingIn), b => Assert.Equal(0, b.Quantity));
    }

    private static async Task PlayNoticeAsync(TestWarehouse warehouse, Random random, string number)
    {
        var lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(3) switch
        {
            0 => ("SKU-A", random.Next(1, 30), "EA", (string?)$"LOT-{random.Next(1, 3)}"),
            1 => ("SKU-B", random.Next(1, 30), "EA", (string?)null),
            _ => ("SKU-C", random.Next(1, 5), "CA", (string?)null),
        }).ToArray();
        var accepted = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json(number, lines), CancellationToken.None);
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None);

        var scanCount = random.Next(1, 20);
        for (var i = 0; i < scanCount; i++)
        {
            var pick = random.Next(lines.Length + 2);
            var input = pick < lines.Length
                ? new ScanInput($"s{random.Next(scanCount)}", Sku: lines[pick].Item1, Lot: lines[pick].Item4, Quantity: random.Next(1, 12))
                : pick == lines.Length
                    ? new ScanInput($"s{random.Next(scanCount)}", Barcode: "4006381333931", Quantity: random.Next(1, 5))
                    : new ScanInput($"s{random.Next(scanCount)}", Barcode: $"STRAY-{random.Next(3)}", Quantity: random.Next(1, 5));
            input = random.Next(5) == 0 ? input with { Condition = "damaged" } : input;
            warehouse.Clock.Advance(TimeSpan.FromSeconds(random.Next(1, 90)));
            try
            {
                await warehouse.Receiving.RecordScanAsync(warehouse.Durable, accepted.NoticeId, input, CancellationToken.None);
            }
            catch (StateConflictException)
            {
                // The previous scan completed every line and closed the receipt.
                break;
            }

            await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        }

        await warehouse.Receiving.CloseAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None, alreadyClosedIsFine: true);
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);

        var notice = NoticeRehydrator.Rehydrate((await warehouse.Get<NoticeRepository>().GetAsync(accepted.NoticeId, null, CancellationToken.None)).Value);
        foreach (var pending in notice.Pending.OrderBy(_ => random.Next()))
        {
            await warehouse.Decisions.DecideAsync(warehouse.Durable, Notices.Owner, accepted.NoticeId, pending.Id, Decisions[random.Next(3)], CancellationToken.None);
            await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        }

        await warehouse.Putaway.PlanAsync(accepted.NoticeId, CancellationToken.None);
        var tasks = await warehouse.Putaway.ListAsync(accepted.NoticeId, openOnly: true, CancellationToken.None);
        foreach (var task in tasks.Concat(tasks.Where(_ => random.Next(2) == 0)))
        {
            await warehouse.Putaway.ConfirmAsync(warehouse.Durable, accepted.NoticeId, task.TaskNumber, CancellationToken.None);
        }

        Assert.Equal(0, (await warehouse.Putaway.ProgressAsync(Notices.Owner, accepted.NoticeId, CancellationToken.None)).Open);
        Assert.Equal(NoticeProgress.Putaway, (await warehouse.Get<NoticeRepository>().GetAsync(accepted.NoticeId, null, CancellationToken.None)).Value.Progress);
    }
}
