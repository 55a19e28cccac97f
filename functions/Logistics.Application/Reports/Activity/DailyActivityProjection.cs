using System.Text.Json;
using Logistics.Application.Events;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Reports.Activity;

/// <summary>
/// The reporting subscription's handler: counts each event into its owner's <see cref="DailyActivity"/> for the
/// warehouse's date on which it occurred.
/// </summary>
/// <remarks>
/// Read, then replace under the read's ETag (or create): two consumers counting into the same day race, and the loser's
/// batch fails and is tried again by <see cref="EventConsumer"/>, so no count is lost or doubled.
/// </remarks>
public sealed class DailyActivityProjection(BusinessCalendar calendar) : IEventHandler
{
    /// <summary>The subscription name.</summary>
    public const string SubscriptionName = "reporting";

    /// <inheritdoc />
    public string Subscription => SubscriptionName;

    /// <inheritdoc />
    public async Task ApplyAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, IDocumentBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouseEvent);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(batch);
        var date = calendar.DateOf(warehouseEvent.OccurredAt);
        var id = DailyActivity.IdOf(date);
        var read = await warehouse.ReadAsync<DailyActivity>(id, warehouseEvent.Owner, cancellationToken);
        var events = new Dictionary<string, long>(read?.Value.Events ?? new Dictionary<string, long>(), StringComparer.Ordinal);
        var units = new Dictionary<string, long>(read?.Value.Units ?? new Dictionary<string, long>(), StringComparer.Ordinal);
        events[warehouseEvent.Type] = events.GetValueOrDefault(warehouseEvent.Type) + 1;
        if (UnitsOf(warehouseEvent) is { } moved)
            units[warehouseEvent.Type] = units.GetValueOrDefault(warehouseEvent.Type) + moved;
        var lastEventAt = read is null || warehouseEvent.OccurredAt > read.Value.LastEventAt ? warehouseEvent.OccurredAt : read.Value.LastEventAt;
        var day = new DailyActivity { Id = id, OwnerId = warehouseEvent.Owner, Date = date, Events = events, Units = units, LastEventAt = lastEventAt };
        if (read is null)
            batch.Create(day);
        else
            batch.Replace(day, read.ETag);
    }

    private static long? UnitsOf(WarehouseEvent warehouseEvent) =>
        warehouseEvent.Payload is JsonElement { ValueKind: JsonValueKind.Object } payload
        && payload.TryGetProperty("units", out var units) && units.ValueKind == JsonValueKind.Number && units.TryGetInt64(out var value)
            ? value
            : null;
}
