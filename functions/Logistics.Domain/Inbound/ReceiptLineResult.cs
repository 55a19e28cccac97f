using Logistics.Domain.Items;

namespace Logistics.Domain.Inbound;

/// <summary>The outcome of a closed receipt for one notice line, one unexpected item/lot, or one unknown code.</summary>
/// <param name="LineNumber">The notice line, or <c>null</c> for goods not on the notice.</param>
/// <param name="Item">The item (known or unknown code).</param>
/// <param name="Lot">The line's lot, or for goods not on the notice the scanned lot.</param>
/// <param name="Expected">Units notified (0 for goods not on the notice).</param>
/// <param name="ReceivedGood">Units received in good condition.</param>
/// <param name="ReceivedDamaged">Units received damaged.</param>
/// <param name="Discrepancies">Every way this line differs from the notice.</param>
public sealed record ReceiptLineResult(
    int? LineNumber, ScannedItem Item, LotNumber? Lot, int Expected, int ReceivedGood, int ReceivedDamaged, Discrepancy Discrepancies)
{
    /// <summary>Units that arrived, good or not.</summary>
    public int Received => ReceivedGood + ReceivedDamaged;

    /// <summary>Units beyond the notified quantity.</summary>
    public int OverQuantity => Math.Max(0, Received - Expected);

    /// <summary>Units notified but missing.</summary>
    public int ShortQuantity => Math.Max(0, Expected - Received);

    /// <summary>Good units that go to stock without a decision: good units up to the notified quantity.</summary>
    public int AcceptedGood => Item.IsUnknown ? 0 : Math.Min(ReceivedGood, Expected);

    /// <summary>Good units parked pending a decision (over-delivery or unknown item).</summary>
    public int PendingGood => ReceivedGood - AcceptedGood;
}
