using System.Text;
using System.Text.Json;
using Logistics.Application.Common;
using Logistics.Application.Reports.Runs;
using Logistics.Application.Warehouse;
using Logistics.Storage.Blobs;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>
/// Statements: priced from the period's charge lines while it is open (a preview), frozen when it closes, then written to
/// blob storage as <c>reports/{owner}/statements/{period}.csv</c> and <c>.json</c>.
/// </summary>
/// <remarks>
/// Closing is refused while the period is running (the current warehouse month or later) and while unrated lines exist,
/// unless the caller accepts them: a 3PL must not invoice before it has priced everything it did, but may decide to bill
/// the rest later by hand. Closing rewrites the period document under the ETag read before pricing, so a charge line
/// filed meanwhile makes the close try again, and any line after it goes to the next open period.
/// </remarks>
public sealed class BillingStatements(WarehouseStore store, IBlobStore blobs, BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>The period's statement: the frozen one when closed, else a preview of the lines so far.</summary>
    /// <exception cref="WarehouseValidationException">The period is not <c>yyyy-MM</c>.</exception>
    public async Task<StatementDocument> GetAsync(string ownerId, string period, CancellationToken cancellationToken)
    {
        RequirePeriod(period);
        var container = await store.ContainerAsync(cancellationToken);
        var state = await container.ReadAsync<BillingPeriodDocument>(BillingPeriodDocument.IdOf(period), ownerId, cancellationToken);
        return state?.Value.IsClosed == true
            ? await FrozenAsync(container, ownerId, period, cancellationToken)
            : await ComputeAsync(container, ownerId, period, cancellationToken);
    }

    /// <summary>Closes the period and returns its final statement; closing a closed period returns the same statement.</summary>
    /// <exception cref="WarehouseValidationException">The period is not <c>yyyy-MM</c>.</exception>
    /// <exception cref="StateConflictException">The period has not ended, or unrated lines exist and <paramref name="acceptUnrated"/> is false.</exception>
    public async Task<StatementDocument> CloseAsync(string ownerId, string period, bool acceptUnrated, CancellationToken cancellationToken)
    {
        var first = RequirePeriod(period);
        var container = await store.ContainerAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var state = await container.ReadAsync<BillingPeriodDocument>(BillingPeriodDocument.IdOf(period), ownerId, cancellationToken);
            if (state?.Value.IsClosed == true)
            {
                var frozen = await FrozenAsync(container, ownerId, period, cancellationToken);
                await PublishAsync(frozen, cancellationToken);
                return frozen;
            }

            if (first.AddMonths(1) > calendar.Today)
            {
                throw new StateConflictException($"Period {period} is still running at the warehouse; it can be closed from {BillingPeriods.Next(period)}-01.");
            }

            var preview = await ComputeAsync(container, ownerId, period, cancellationToken);
            if (preview.UnratedCount > 0 && !acceptUnrated)
            {
                throw new StateConflictException(
                    $"Period {period} has {preview.UnratedCount} unrated charge lines; price them (rate card) or close with acceptUnrated=true to bill them separately.");
            }

            var now = time.GetUtcNow();
            var statement = preview with { Status = StatementDocument.Closed, ClosedAt = now };
            var closed = new BillingPeriodDocument
            {
                Id = BillingPeriodDocument.IdOf(period), OwnerId = ownerId, Period = period, Status = BillingPeriodDocument.Closed,
                Lines = state?.Value.Lines ?? 0, ClosedAt = now,
            };
            var batch = container.CreateBatch(ownerId).Create(statement);
            batch = state is null ? batch.Create(closed) : batch.Replace(closed, state.ETag);
            try
            {
                await batch.ExecuteAsync(cancellationToken);
            }
            catch (DocumentBatchException exception) when (
                attempt < 20 && exception.Failure is DocumentPreconditionFailedException or DocumentConflictException)
            {
                // A charge line was filed (or another close won) since the read: price again from what is there now.
                continue;
            }

            await PublishAsync(statement, cancellationToken);
            return statement;
        }
    }

    /// <summary>The blob names of a statement: <c>reports/{owner}/statements/{period}.csv</c> and <c>.json</c>.</summary>
    public static (string Csv, string Json) BlobNames(string ownerId, string period)
    {
        var folder = $"{ReportFiles.FolderOf(ownerId)}{ReportFiles.Statements}/";
        return ($"{folder}{period}.csv", $"{folder}{period}.json");
    }

    private async Task PublishAsync(StatementDocument statement, CancellationToken cancellationToken)
    {
        // Written after the commit and again on every close call: the frozen statement never changes, so a rewrite
        // after a crash between the commit and the blobs writes the same bytes.
        var (csv, json) = BlobNames(statement.OwnerId, statement.Period);
        await blobs.PutAsync(csv, Encoding.UTF8.GetBytes(StatementCsv.Write(statement)), "text/csv", BlobWriteMode.Overwrite, cancellationToken);
        await blobs.PutAsync(json, JsonSerializer.SerializeToUtf8Bytes(statement, DocumentJson.Options), "application/json", BlobWriteMode.Overwrite, cancellationToken);
    }

    private static async Task<StatementDocument> FrozenAsync(IDocumentContainer container, string ownerId, string period, CancellationToken cancellationToken) =>
        (await container.ReadAsync<StatementDocument>(StatementDocument.IdOf(period), ownerId, cancellationToken))?.Value
        ?? throw new InvalidOperationException($"Period {period} of {ownerId} is closed but has no statement.");

    private async Task<StatementDocument> ComputeAsync(IDocumentContainer container, string ownerId, string period, CancellationToken cancellationToken)
    {
        var charges = await container.QueryAllAsync<ChargeLineDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", ChargeLineDocument.Kind).WhereEquals("/period", period), cancellationToken);
        var cards = (await container.QueryAllAsync<RateCardDocument>(
                new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", RateCardDocument.Kind), cancellationToken))
            .ToDictionary(c => c.Version, StringComparer.Ordinal);
        var lines = new List<StatementLine>();
        var unrated = charges.Where(c => c.Status == ChargeLineDocument.Unrated).Select(c => (c.Service, c.Basis, Reason: c.Reason ?? "unrated", c.Quantity)).ToList();
        var billed = new Dictionary<(string, string), decimal>();
        var currency = default(string);
        foreach (var group in charges.Where(c => c.Status == ChargeLineDocument.Rated)
                     .GroupBy(c => (c.Service, c.Basis, Version: c.RateCardVersion ?? string.Empty))
                     .OrderBy(g => g.Key.Service, StringComparer.Ordinal).ThenBy(g => g.Key.Basis, StringComparer.Ordinal).ThenBy(g => g.Key.Version, StringComparer.Ordinal))
        {
            var (service, basis, version) = group.Key;
            if (!cards.TryGetValue(version, out var card) || card.RateFor(service, basis) is not { } rate)
            {
                // The version was replaced since and prices this no more: flagged, never dropped.
                unrated.AddRange(group.Select(c => (service, basis, $"rate card {version} no longer has a rate for {service} per {basis}", c.Quantity)));
                continue;
            }

            currency = card.Currency;
            var quantity = group.Sum(c => c.Quantity);
            var before = billed.GetValueOrDefault((service, basis));
            billed[(service, basis)] = before + quantity;
            lines.Add(new StatementLine(service, basis, version, quantity, rate.Price, rate.Tiers,
                Currencies.Round(StatementPricing.Amount(rate, before, quantity), card.Currency), group.Count()));
        }

        var closing = await RateCards.InEffectAsync(container, ownerId, BillingPeriods.LastDay(period), cancellationToken);
        currency ??= closing?.Currency;
        var total = lines.Sum(l => l.Amount);
        if (closing?.RateFor(BillingCatalog.Minimum, "month") is { Price: { } minimum } && Currencies.Round(minimum, closing.Currency) > total)
        {
            var topUp = Currencies.Round(minimum, closing.Currency) - total;
            lines.Add(new StatementLine(BillingCatalog.Minimum, "month", closing.Version, 1, minimum, null, topUp, 0));
            total += topUp;
        }

        return new StatementDocument
        {
            Id = StatementDocument.IdOf(period),
            OwnerId = ownerId,
            Period = period,
            Status = StatementDocument.Preview,
            Currency = currency,
            Lines = lines,
            Total = total,
            Unrated = [.. unrated.GroupBy(u => (u.Service, u.Basis, u.Reason))
                .Select(g => new UnratedSummary(g.Key.Service, g.Key.Basis, g.Key.Reason, g.Count(), g.Sum(u => u.Quantity)))
                .OrderBy(u => u.Service, StringComparer.Ordinal).ThenBy(u => u.Basis, StringComparer.Ordinal).ThenBy(u => u.Reason, StringComparer.Ordinal)],
            UnratedCount = unrated.Count,
            GeneratedAt = time.GetUtcNow(),
        };
    }

    private static DateOnly RequirePeriod(string period) =>
        BillingPeriods.FirstDay(period) ?? throw new WarehouseValidationException("/period", $"'period' must be a month as yyyy-MM, not '{period}'.");
}
