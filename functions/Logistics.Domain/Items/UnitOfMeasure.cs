namespace Logistics.Domain.Items;

/// <summary>How an item is counted when notified or packed. Stock is always kept in eaches.</summary>
public enum UnitOfMeasure
{
    /// <summary>A single unit (X12 EA).</summary>
    Each,

    /// <summary>A case of <see cref="Item.CaseQuantity"/> units (X12 CA, also sent as CS).</summary>
    Case,
}
