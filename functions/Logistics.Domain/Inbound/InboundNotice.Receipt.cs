using Logistics.Domain.Common;
using Logistics.Domain.Inbound.Events;

namespace Logistics.Domain.Inbound;

/// <summary>Receipt and decision transitions of <see cref="InboundNotice"/>.</summary>
public sealed partial class InboundNotice
{
    /// <summary>Records a count at the dock; the first scan opens the receipt.</summary>
    /// <exception cref="DomainException">The receipt is already closed.</exception>
    public void RecordScan(ReceiptScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (Status is not (NoticeStatus.Notified or NoticeStatus.Receiving))
        {
            throw new DomainException($"Notice {Number} is {Status}; scans are accepted only until the receipt is closed.");
        }

        Status = NoticeStatus.Receiving;
        _scans.Add(scan);
        _events.Add(new ReceiptScanRecorded(Owner, Number, scan, scan.ScannedAt));
    }

    /// <summary>Closes the receipt, computes discrepancies and parks doubtful goods pending a decision.</summary>
    /// <remarks>Closing without scans is allowed: the truck may never come, and every line is then short.</remarks>
    /// <exception cref="DomainException">The receipt is already closed.</exception>
    public void CloseReceipt(DateTimeOffset closedAt)
    {
        if (Status is not (NoticeStatus.Notified or NoticeStatus.Receiving))
        {
            throw new DomainException($"Notice {Number} is {Status}; its receipt is already closed.");
        }

        _results = [.. ReceiptCalculator.Compute(_lines, _scans)];
        _pending = [.. PendingGoods.From(_results)];
        _events.Add(new ReceiptClosed(Owner, Number, _results, _pending, closedAt));
        Status = NoticeStatus.AwaitingDecision;
        CompleteIfAllDecided(closedAt);
    }

    /// <summary>Records the owner's decision on one lot of pending goods.</summary>
    /// <exception cref="DomainException">The notice is not awaiting decisions, the id is unknown, or it was decided already.</exception>
    public void Decide(string pendingId, OwnerDecision decision, DateTimeOffset decidedAt)
    {
        if (Status != NoticeStatus.AwaitingDecision)
        {
            throw new DomainException($"Notice {Number} is {Status}; decisions are taken only while goods are pending.");
        }

        var index = _pending.FindIndex(p => p.Id == pendingId);
        if (index < 0)
        {
            throw new DomainException($"Notice {Number} has no pending goods '{pendingId}'.");
        }

        if (_pending[index].IsDecided)
        {
            throw new DomainException($"Pending goods '{pendingId}' of notice {Number} were already decided ({_pending[index].Decision}).");
        }

        _pending[index] = _pending[index] with { Decision = decision };
        _events.Add(new OwnerDecisionRecorded(Owner, Number, _pending[index], decidedAt));
        CompleteIfAllDecided(decidedAt);
    }

    private void CompleteIfAllDecided(DateTimeOffset at)
    {
        if (_pending.TrueForAll(p => p.IsDecided))
        {
            Status = NoticeStatus.Completed;
            _events.Add(new InboundNoticeCompleted(Owner, Number, at));
        }
    }
}
