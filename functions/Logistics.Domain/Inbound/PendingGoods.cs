using Logistics.Domain.Items;

namespace Logistics.Domain.Inbound;

/// <summary>Goods parked in the pending area after a receipt, waiting for the owner's decision.</summary>
/// <param name="Id">Stable id within the notice (e.g. <c>L2-damaged</c>, <c>X1-over</c>, <c>U1</c>); safe in movement ids.</param>
/// <param name="Item">The item or unknown code.</param>
/// <param name="Lot">The lot, if known.</param>
/// <param name="Quantity">Units parked.</param>
/// <param name="Reason">Why they are pending (exactly one flag).</param>
/// <param name="Decision">The owner's decision, once made.</param>
public sealed record PendingGoods(string Id, ScannedItem Item, LotNumber? Lot, Quantity Quantity, Discrepancy Reason, OwnerDecision? Decision = null)
{
    /// <summary>True once the owner has decided.</summary>
    public bool IsDecided => Decision is not null;

    /// <summary>Lists what a set of receipt results leaves pending, with deterministic ids.</summary>
    public static IReadOnlyList<PendingGoods> From(IReadOnlyList<ReceiptLineResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var pending = new List<PendingGoods>();
        var extra = 0;
        var unknown = 0;
        foreach (var result in results)
        {
            var prefix = result.LineNumber is { } n ? $"L{n}" : result.Item.IsUnknown ? $"U{++unknown}" : $"X{++extra}";
            var overReason = result.Item.IsUnknown ? Discrepancy.UnknownItem : Discrepancy.Over;
            if (result.PendingGood > 0)
            {
                pending.Add(new PendingGoods($"{prefix}-good", result.Item, result.Lot, Quantity.Of(result.PendingGood), overReason));
            }

            if (result.ReceivedDamaged > 0)
            {
                pending.Add(new PendingGoods($"{prefix}-damaged", result.Item, result.Lot, Quantity.Of(result.ReceivedDamaged), Discrepancy.Damaged));
            }
        }

        return pending;
    }
}
