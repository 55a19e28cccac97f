using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Reports;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Tests.Reports;

/// <summary>
/// Random ledgers of every movement type and status over several days, from fixed seeds, stored as movement documents:
/// the reports agree with a brute-force oracle written here, and with each other, for random instants and periods.
/// </summary>
public sealed class StockReportPropertyTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Skus = ["BOOK-1", "BOOK-2", "DVD-1"];
    private static readonly string?[] Lots = [null, "L1", "L2"];

    public static TheoryData<int> Seeds() => [1, 7, 42, 2026];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Reports_match_a_brute_force_sum_and_keep_the_ledger_identity(int seed)
    {
        var random = new Random(seed);
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var movements = await PostRandomLedgerAsync(warehouse, random, 600);
        // The app's clock is weeks after these instants, so its reports have the store filter by time; reports on a
        // clock just after them read the whole ledger and skip later movements as they go (StockReports.RecentWindow).
        var filteredByStore = warehouse.Get<StockReports>();
        var filteredAsRead = new StockReports(warehouse.Get<WarehouseStore>(), new ManualTimeProvider(Start.AddDays(5)));

        for (var round = 0; round < 8; round++)
        {
            var reports = round % 2 == 0 ? filteredByStore : filteredAsRead;
            var instant = Instant(random);
            var list = await reports.CurrentStockAsync(Notices.Owner, instant, CancellationToken.None);
            Assert.Equal(Oracle(movements, instant), list.Lines.Select(l => (l.Sku, l.Lot, l.OnHand, l.PendingIn, l.PendingOut, l.Available, l.PendingDecision, l.PendingReturnToSupplier, l.PendingProcessing)));
            Assert.All(list.Lines, l => Assert.Equal(l.OnHand + l.PendingIn - l.PendingOut, l.Available));

            var (from, to) = Period(random);
            var before = await reports.LedgerAsync(Notices.Owner, Start.AddDays(-10), from, CancellationToken.None);
            var ledger = await reports.LedgerAsync(Notices.Owner, from, to, CancellationToken.None);
            var atEnd = await reports.CurrentStockAsync(Notices.Owner, to.AddTicks(-1), CancellationToken.None);
            foreach (var line in ledger.Lines)
            {
                Assert.Equal(line.Closing, line.Opening + line.Received + line.Returned + line.AdjustedIn - line.Shipped - line.Disposed - line.AdjustedOut);
                Assert.True(line.Received >= 0 && line.Returned >= 0 && line.AdjustedIn >= 0 && line.Shipped >= 0 && line.Disposed >= 0 && line.AdjustedOut >= 0);
                Assert.Equal(WarehouseStock(movements, line.Sku, line.Lot, to), line.Closing);
                Assert.Equal(WarehouseStock(movements, line.Sku, line.Lot, from), line.Opening);
                Assert.Equal(before.Lines.SingleOrDefault(b => b.Sku == line.Sku && b.Lot == line.Lot)?.Closing ?? 0, line.Opening);
                var listed = atEnd.Lines.SingleOrDefault(l => l.Sku == line.Sku && l.Lot == line.Lot);
                Assert.Equal(listed is null ? 0 : listed.OnHand + listed.PendingDecision + listed.PendingReturnToSupplier + listed.PendingProcessing, line.Closing);
            }

            // Every key with warehouse stock at either end, or any flow in between, has a line.
            var expectedKeys = movements.Where(m => string.CompareOrdinal(m.OccurredAt, UtcText.Of(to)) < 0 && IsWarehouse(m.Status))
                .GroupBy(m => (m.Sku, m.Lot))
                .Where(g => g.Where(m => string.CompareOrdinal(m.OccurredAt, UtcText.Of(from)) < 0).Sum(m => m.Delta) != 0
                    || g.Where(m => string.CompareOrdinal(m.OccurredAt, UtcText.Of(from)) >= 0).GroupBy(m => m.MovementType).Any(t => t.Sum(m => m.Delta) != 0))
                .Select(g => g.Key).OrderBy(k => k.Sku, StringComparer.Ordinal).ThenBy(k => k.Lot, StringComparer.Ordinal);
            Assert.Equal(expectedKeys, ledger.Lines.Select(l => (l.Sku, l.Lot)));

            // The detail lines run from each line's opening to its closing, in time order.
            var detail = new List<StockLedgerMovement>();
            await foreach (var movement in reports.LedgerMovementsAsync(Notices.Owner, from, to, CancellationToken.None))
            {
                detail.Add(movement);
            }

            Assert.Equal(detail.OrderBy(d => d.OccurredAt).Select(d => d.OccurredAt), detail.Select(d => d.OccurredAt));
            foreach (var line in ledger.Lines)
            {
                var own = detail.Where(d => d.Sku == line.Sku && d.Lot == line.Lot).ToList();
                Assert.Equal(line.Closing - line.Opening, own.Sum(d => d.In - d.Out));
                Assert.Equal(own.Count == 0 ? line.Opening : line.Closing, own.Count == 0 ? line.Closing : own[^1].Balance);
            }
        }
    }

    [Fact]
    public async Task The_detail_pages_through_instants_larger_than_a_page_without_skipping_or_repeating()
    {
        // 2,500 movements on three instants: every page of 1,000 the scan reads ends inside an instant, and each instant's
        // movements must come out together, once each.
        var random = new Random(5);
        await using var warehouse = new TestWarehouse();
        var movements = await PostRandomLedgerAsync(warehouse, random, 2500, _ => Start.AddHours(random.Next(3)));
        var reports = warehouse.Get<StockReports>();

        var detail = new List<StockLedgerMovement>();
        await foreach (var movement in reports.LedgerMovementsAsync(Notices.Owner, Start, Start.AddDays(1), CancellationToken.None))
        {
            detail.Add(movement);
        }

        var expected = movements.Where(m => IsWarehouse(m.Status))
            .GroupBy(m => (m.OccurredAt, m.Sku, m.Lot, m.MovementType, m.SourceReference))
            .Select(g => (g.Key, Net: g.Sum(m => m.Delta)))
            .Where(g => g.Net != 0)
            .OrderBy(g => g.Key.OccurredAt, StringComparer.Ordinal).ThenBy(g => g.Key.Sku, StringComparer.Ordinal).ThenBy(g => g.Key.Lot, StringComparer.Ordinal)
            .ThenBy(g => g.Key.MovementType).ThenBy(g => g.Key.SourceReference, StringComparer.Ordinal)
            .Select(g => (g.Key.Sku, g.Key.Lot, g.Key.MovementType.ToString(), g.Key.SourceReference, Math.Max(g.Net, 0), Math.Max(-g.Net, 0)));
        Assert.Equal(expected, detail.Select(d => (d.Sku, d.Lot, d.MovementType, d.SourceReference, d.In, d.Out)));
    }

    private static Task<List<MovementDocument>> PostRandomLedgerAsync(TestWarehouse warehouse, Random random, int count) =>
        PostRandomLedgerAsync(warehouse, random, count, Instant);

    private static async Task<List<MovementDocument>> PostRandomLedgerAsync(TestWarehouse warehouse, Random random, int count, Func<Random, DateTimeOffset> instant)
    {
        var statuses = Enum.GetValues<StockStatus>();
        var types = Enum.GetValues<MovementType>();
        var movements = new List<MovementDocument>();
        for (var i = 0; i < count; i++)
        {
            var step = $"step-{i / 3}";
            movements.Add(new MovementDocument
            {
                Id = MovementDocument.IdOf(MovementId.For(step, i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                OwnerId = Notices.Owner,
                MovementId = MovementId.For(step, i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value,
                Sku = Skus[random.Next(Skus.Length)],
                Lot = Lots[random.Next(Lots.Length)],
                Location = random.Next(2) == 0 ? "DOCK" : "A-01-01",
                Status = statuses[random.Next(statuses.Length)],
                Delta = random.Next(-6, 12),
                MovementType = types[random.Next(types.Length)],
                OccurredAt = UtcText.Of(instant(random)),
                SourceReference = $"ref-{random.Next(20)}",
            });
        }

        var container = await warehouse.Get<WarehouseStore>().ContainerAsync(CancellationToken.None);
        foreach (var chunk in movements.Chunk(90))
        {
            var batch = container.CreateBatch(Notices.Owner);
            foreach (var movement in chunk)
            {
                batch.Create(movement);
            }

            await batch.ExecuteAsync(CancellationToken.None);
        }

        return movements;
    }

    // Instants over five days, often exactly on or a tick beside a midnight, where inclusive and exclusive bounds differ.
    private static DateTimeOffset Instant(Random random)
    {
        var day = Start.AddDays(random.Next(-1, 5));
        return random.Next(4) switch
        {
            0 => day,
            1 => day.AddTicks(-1),
            2 => day.AddTicks(1),
            _ => day.AddMinutes(random.Next(24 * 60)),
        };
    }

    private static (DateTimeOffset From, DateTimeOffset To) Period(Random random)
    {
        var a = Instant(random);
        var b = Instant(random);
        return a <= b ? (a, b) : (b, a);
    }

    private static bool IsWarehouse(StockStatus status) => status is not (StockStatus.PendingIn or StockStatus.PendingOut or StockStatus.InTransit);

    private static long WarehouseStock(List<MovementDocument> movements, string sku, string? lot, DateTimeOffset before) =>
        movements.Where(m => m.Sku == sku && m.Lot == lot && IsWarehouse(m.Status) && DateTimeOffset.Parse(m.OccurredAt, System.Globalization.CultureInfo.InvariantCulture) < before).Sum(m => m.Delta);

    private static IEnumerable<(string, string?, long, long, long, long, long, long, long)> Oracle(List<MovementDocument> movements, DateTimeOffset asOf)
    {
        foreach (var key in movements.Select(m => (m.Sku, m.Lot)).Distinct().OrderBy(k => k.Sku, StringComparer.Ordinal).ThenBy(k => k.Lot, StringComparer.Ordinal))
        {
            long Sum(StockStatus status) => movements
                .Where(m => (m.Sku, m.Lot) == key && m.Status == status && DateTimeOffset.Parse(m.OccurredAt, System.Globalization.CultureInfo.InvariantCulture) <= asOf)
                .Sum(m => m.Delta);
            var onHand = Sum(StockStatus.OnHand) + Sum(StockStatus.Picked);
            var pendingIn = Sum(StockStatus.PendingIn);
            var pendingOut = Sum(StockStatus.PendingOut) + Sum(StockStatus.Picked);
            var line = (key.Sku, key.Lot, onHand, pendingIn, pendingOut, Sum(StockStatus.OnHand) + pendingIn - Sum(StockStatus.PendingOut),
                Sum(StockStatus.PendingDecision) + Sum(StockStatus.OnHold) + Sum(StockStatus.Quarantined), Sum(StockStatus.PendingReturnToSupplier), Sum(StockStatus.PendingProcessing));
            if (line.Item3 != 0 || line.Item4 != 0 || line.Item5 != 0 || line.Item6 != 0 || line.Item7 != 0 || line.Item8 != 0 || line.Item9 != 0)
            {
                yield return line;
            }
        }
    }
}
