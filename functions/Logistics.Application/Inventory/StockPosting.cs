using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inventory;

/// <summary>What one step wants committed: its movements, and the state change and events that go with them.</summary>
/// <param name="Step">
/// The step's stable name, unique within the owner (for example <c>inbound/acme/ASN-1/close</c>); it names the frozen
/// posting when the movements do not fit the step's own batch.
/// </param>
/// <param name="Movements">Ledger movements; already applied ones are skipped.</param>
/// <param name="Finish">Adds the step's own operations (state replace with ETag, outbox events) to the step's batch.</param>
public sealed record StockPosting(string Step, IReadOnlyList<StockMovement> Movements, Action<IDocumentBatch>? Finish)
{
    /// <summary>
    /// True when every movement and every balance the step touches must be new (a new notice's own pending-in): the first
    /// attempt then writes them without reading them, and an existing one fails the batch, which is retried the usual way.
    /// </summary>
    public bool WritesNewDocumentsOnly { get; init; }

    /// <summary>A step that moves no stock.</summary>
    public static StockPosting None(string step, Action<IDocumentBatch>? finish = null) => new(step, [], finish);
}
