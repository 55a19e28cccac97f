using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Returns;

/// <summary>Helpers the part-changing commands share: finding a part, and committing a part's new state with its stock and event.</summary>
internal static class ReturnPartChange
{
    /// <summary>The part <paramref name="partId"/> of a closed return.</summary>
    /// <exception cref="StateConflictException">The receipt is not closed, or the return has no such part.</exception>
    public static ReturnPartRecord Find(ReturnDocument document, string partId)
    {
        if (document.Progress == ReturnProgress.Cancelled)
        {
            throw new StateConflictException($"Return {document.ReturnId} was cancelled ({document.CancelReason}).");
        }

        if (document.ClosedAt is null)
        {
            throw new StateConflictException($"Return {document.ReturnId} has no parts yet: its receipt is not closed ({document.Progress}).");
        }

        return document.Parts.FirstOrDefault(p => p.PartId == partId)
            ?? throw new StateConflictException($"Return {document.ReturnId} has no part '{partId}'; its parts are {string.Join(", ", document.Parts.Select(p => p.PartId))}.");
    }

    /// <summary>The posting that stores <paramref name="changed"/> in place of its part, with its movements and event.</summary>
    public static (StockPosting Posting, ReturnDocument Updated) Commit(
        Storage.Documents.Document<ReturnDocument> read, string step, ReturnPartRecord changed, IReadOnlyList<StockMovement> movements, WarehouseEvent warehouseEvent)
    {
        var parts = read.Value.Parts.Select(p => p.PartId == changed.PartId ? changed : p).ToList();
        var updated = read.Value with { Parts = parts, Progress = ReturnDispositions.ProgressOf(parts) };
        return (new StockPosting(step, movements, batch => batch.Replace(updated, read.ETag).Send(warehouseEvent.ToMessage())), updated);
    }
}
