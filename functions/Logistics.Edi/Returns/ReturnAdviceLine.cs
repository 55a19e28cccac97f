using Logistics.Domain.Returns;

namespace Logistics.Edi.Returns;

/// <summary>One line of a <see cref="ReturnAdvice"/>.</summary>
/// <param name="LineNumber">The notice's line number; null for goods that arrived without being announced.</param>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Lot">The lot, when known.</param>
/// <param name="Reason">The reason the notice gave (unannounced goods: <see cref="ReturnReason.Other"/>).</param>
/// <param name="Announced">Units the notice announced (0 for unannounced goods).</param>
/// <param name="Received">Units that arrived, in eaches.</param>
/// <param name="Outcomes">What became of the received units; their units sum to <paramref name="Received"/>.</param>
public sealed record ReturnAdviceLine(
    int? LineNumber, string Sku, string? Lot, ReturnReason Reason, long Announced, long Received, IReadOnlyList<ReturnAdviceOutcome> Outcomes)
{
    /// <summary>Units received beyond the announcement: flagged to the owner, never silently accepted.</summary>
    public long OverReturned => Math.Max(0, Received - Announced);

    /// <summary>Units announced that did not arrive.</summary>
    public long Short => Math.Max(0, Announced - Received);
}

/// <summary>Units of a returned line that ended one way.</summary>
/// <param name="Disposition">Restocked, still held for the owner, returned to supplier, or scrapped.</param>
/// <param name="Units">Eaches.</param>
/// <param name="Condition">The condition found at inspection (good, damaged, …) as the floor recorded it.</param>
/// <param name="Note">The scrap reason, the owner's decision or the supplier shipment's tracking, when there is one.</param>
public sealed record ReturnAdviceOutcome(ReturnDisposition Disposition, long Units, string Condition, string? Note);
