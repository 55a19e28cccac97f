using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inventory;

/// <summary>What one step wants committed: its movements, and the state change and events that go with them.</summary>
/// <param name="Movements">Ledger movements; already applied ones are skipped.</param>
/// <param name="Finish">Adds the step's own operations (state replace with ETag, outbox events) to the final batch.</param>
public sealed record StockPosting(IReadOnlyList<StockMovement> Movements, Action<IDocumentBatch>? Finish);
