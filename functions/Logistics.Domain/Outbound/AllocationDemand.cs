using Logistics.Domain.Items;

namespace Logistics.Domain.Outbound;

/// <summary>What one order line still needs allocated.</summary>
/// <param name="Units">Units to allocate.</param>
/// <param name="ExpiryControlled">The item is expiry-controlled: lots go first-expired-first-out.</param>
/// <param name="Lot">The one lot the owner asked for, or <c>null</c> for any.</param>
/// <param name="MinimumShelfLifeDays">Days a lot must still be good for after today, when the order asks.</param>
public sealed record AllocationDemand(int Units, bool ExpiryControlled, LotNumber? Lot = null, int? MinimumShelfLifeDays = null);
