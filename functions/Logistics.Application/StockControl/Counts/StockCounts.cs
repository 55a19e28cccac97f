using System.Globalization;
using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Storage.Documents;

namespace Logistics.Application.StockControl.Counts;

/// <summary>
/// Stock counts: ops create a count (by zone, by item, or the daily count), the floor counts each location blind, ops
/// post it; each variance becomes one adjustment in the ledger and a line of the owner's 947.
/// </summary>
/// <remarks>
/// <para>
/// Expected is what the ledger held at a location when its count was recorded (on hand + on hold), snapshotted with the
/// recording. Posting refuses a count whose locations moved since (the snapshot no longer matches the ledger) and names
/// the tasks to record again: a variance is only trusted against the stock the counter actually saw.
/// </para>
/// <para>
/// Posting is once, structurally: the count's <see cref="CountDocument.Posted"/> state is written under the ETag it was
/// read with, in the batch that creates its movements (whose ids derive from the count, the task and the line). A second
/// post — a double click, a retry, a concurrent call — fails that batch, reads the count again, finds it posted and posts
/// nothing.
/// </para>
/// </remarks>
public sealed partial class StockCounts(
    WarehouseStore store,
    StockPoster poster,
    StockControlRules rules,
    ItemCatalog catalog,
    InventoryAdjustments adjustments,
    BusinessCalendar calendar,
    TimeProvider time)
{
    private const int MaxCountNumberLength = 22;
    private static readonly string[] Counted = [nameof(StockStatus.OnHand), nameof(StockStatus.OnHold)];

    /// <summary>Creates the count with one task per location in scope, or returns the count created before under its number.</summary>
    /// <exception cref="WarehouseValidationException">A field is missing or malformed.</exception>
    /// <exception cref="StateConflictException">Nothing in scope to count, or the number names another count.</exception>
    public async Task<(CountView Count, bool Created)> CreateAsync(CountInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (!StockControlRules.IsOwner(input.OwnerId))
        {
            errors.Add(new FieldError("/ownerId", "'ownerId' must name the goods owner (publisher id)."));
        }

        var scope = input.Scope?.ToLowerInvariant();
        if (scope is null || !CountScopes.All.Contains(scope))
        {
            errors.Add(new FieldError("/scope", $"'scope' must be one of {string.Join(", ", CountScopes.All)}."));
        }

        var date = scope == CountScopes.Daily ? input.Date ?? calendar.Today.AddDays(-1) : (DateOnly?)null;
        var number = input.CountNumber ?? (date is { } day ? "DAILY-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : null);
        if (!StockControlRules.IsNumber(number) || number!.Length > MaxCountNumberLength)
        {
            errors.Add(new FieldError("/countNumber", $"'countNumber' is required: your id of this count, 1–{MaxCountNumberLength} letters, digits, '.', '_' or '-' (it is the 947's W1502)."));
        }

        Zone? zone = null;
        if (scope == CountScopes.Zone)
        {
            zone = Enum.TryParse<Zone>(input.Zone, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
            if (zone is null)
            {
                errors.Add(new FieldError("/zone", $"A zone count needs 'zone', one of {string.Join(", ", Enum.GetNames<Zone>())}."));
            }
        }

        ItemDocument? item = null;
        if (scope == CountScopes.Item && errors.Count == 0)
        {
            item = await rules.ItemAsync(input.OwnerId!, input.Sku, "/sku", errors, cancellationToken);
        }

        if (date is { } asked && asked >= calendar.Today)
        {
            errors.Add(new FieldError("/date", $"A daily count covers a finished business day, before {calendar.Today:yyyy-MM-dd}."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var ownerId = input.OwnerId!;
        var countId = OwnedIds.Of(OwnerId.Parse(ownerId), number!);
        var container = await store.ContainerAsync(cancellationToken);
        var draft = new CountDocument
        {
            Id = CountDocument.IdOf(countId), OwnerId = ownerId, CountId = countId, CountNumber = number!, Scope = scope!, Zone = zone?.ToString(),
            Sku = item?.Sku, Date = date, Status = CountDocument.Open, Tasks = [], CreatedAt = time.GetUtcNow(),
        };
        if (await container.ReadAsync<CountDocument>(draft.Id, ownerId, cancellationToken) is { } existing)
        {
            return (Repeated(existing.Value, draft), false);
        }

        var locations = await LocationsAsync(container, draft, cancellationToken);
        if (locations.Count == 0)
        {
            throw new StateConflictException($"There is nothing of {ownerId} to count in {Describe(draft)}.");
        }

        var count = draft with
        {
            Tasks = [.. locations.Select((l, i) => new CountTaskRecord(i + 1, l, CountTaskRecord.Open, [], [], null))],
        };
        try
        {
            await container.CreateAsync(count, cancellationToken);
            return (CountView.From(count), true);
        }
        catch (DocumentConflictException)
        {
            return (Repeated((await container.ReadAsync<CountDocument>(count.Id, ownerId, cancellationToken))!.Value, count), false);
        }
    }

    /// <summary>
    /// The owner's daily count of yesterday (the warehouse's business day), created once: null when it exists already or
    /// the owner's stock did not move in storage that day.
    /// </summary>
    public async Task<CountView?> CreateDailyAsync(string ownerId, CancellationToken cancellationToken)
    {
        try
        {
            var (count, created) = await CreateAsync(new CountInput(ownerId, CountScopes.Daily), cancellationToken);
            return created ? count : null;
        }
        catch (StateConflictException)
        {
            // Nothing moved that day, or ops took the daily number for another count: nothing to add.
            return null;
        }
    }

    /// <summary>A count as ops see it.</summary>
    /// <exception cref="ResourceNotFoundException">There is no such count (of <paramref name="ownerId"/>, when given).</exception>
    public async Task<CountDocument> GetAsync(string countId, string? ownerId, CancellationToken cancellationToken)
    {
        var owner = StockControlRules.Split(countId)?.Owner;
        if (owner is null || (ownerId is not null && owner != ownerId))
        {
            throw new ResourceNotFoundException($"There is no count {countId}.");
        }

        var container = await store.ContainerAsync(cancellationToken);
        return (await container.ReadAsync<CountDocument>(CountDocument.IdOf(countId), owner, cancellationToken))?.Value
            ?? throw new ResourceNotFoundException($"There is no count {countId}.");
    }

    /// <summary>The open tasks of every open count (the floor's work list), blind.</summary>
    public async Task<IReadOnlyList<CountTaskView>> ListOpenTasksAsync(CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var open = await container.QueryAllAsync<CountDocument>(new DocumentQuery(null) { PageSize = 1000 }
            .WhereEquals("/type", CountDocument.Kind).WhereEquals("/status", CountDocument.Open), cancellationToken);
        return [.. open.OrderBy(c => c.CreatedAt).ThenBy(c => c.CountId, StringComparer.Ordinal)
            .SelectMany(c => c.Tasks.Where(t => t.Status == CountTaskRecord.Open).Select(t => CountTaskView.From(c, t)))];
    }

    // The locations in scope, in code order.
    private async Task<List<string>> LocationsAsync(IDocumentContainer container, CountDocument count, CancellationToken cancellationToken)
    {
        if (count.Scope == CountScopes.Daily)
        {
            var day = count.Date!.Value;
            var storage = rules.Layout.Storage.Select(l => l.Code.Value).ToList();
            var moved = await container.QueryAllAsync<MovementDocument>(new DocumentQuery(count.OwnerId) { PageSize = 1000 }
                .WhereEquals("/type", MovementDocument.Kind)
                .Where("/occurredAt", QueryOperator.GreaterThanOrEqual, UtcText.Of(calendar.StartOfDay(day)))
                .Where("/occurredAt", QueryOperator.LessThan, UtcText.Of(calendar.StartOfDay(day.AddDays(1))))
                .Where("/location", QueryOperator.In, storage), cancellationToken);
            return [.. moved.Select(m => m.Location).Distinct().Order(StringComparer.Ordinal)];
        }

        var query = new DocumentQuery(count.OwnerId) { PageSize = 1000 }.WhereEquals("/type", BalanceDocument.Kind)
            .Where("/status", QueryOperator.In, Counted).Where("/quantity", QueryOperator.GreaterThan, 0);
        query = count.Sku is null ? query : query.WhereEquals("/sku", count.Sku);
        var held = await container.QueryAllAsync<BalanceDocument>(query, cancellationToken);
        var inZone = count.Zone is null ? null : rules.Layout.Locations.Where(l => l.Zone.ToString() == count.Zone).Select(l => l.Code.Value).ToHashSet(StringComparer.Ordinal);
        return [.. held.Where(b => b.Reference is null && (inZone is null || inZone.Contains(b.Location))).Select(b => b.Location).Distinct().Order(StringComparer.Ordinal)];
    }

    private static CountView Repeated(CountDocument stored, CountDocument asked) =>
        (stored.Scope, stored.Zone, stored.Sku, stored.Date) == (asked.Scope, asked.Zone, asked.Sku, asked.Date)
            ? CountView.From(stored)
            : throw new StateConflictException($"Count {stored.CountId} exists with another scope ({Describe(stored)}); use another count number.");

    private static string Describe(CountDocument count) => count.Scope switch
    {
        CountScopes.Zone => $"zone {count.Zone}",
        CountScopes.Item => $"item {count.Sku}",
        _ => $"the locations moved on {count.Date:yyyy-MM-dd}",
    };
}
