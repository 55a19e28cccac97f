using Logistics.Domain.Items;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Putaway;

/// <summary>Stock currently in a location, as far as putaway planning cares.</summary>
/// <param name="Owner">Goods owner.</param>
/// <param name="Sku">Item code.</param>
/// <param name="Lot">Lot, if any.</param>
/// <param name="Units">Units there (on hand plus anything already planned into it).</param>
public sealed record LocationContent(OwnerId Owner, Sku Sku, LotNumber? Lot, long Units);
