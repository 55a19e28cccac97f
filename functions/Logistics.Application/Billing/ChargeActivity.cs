namespace Logistics.Application.Billing;

/// <summary>One billable quantity an event offers, before it meets the rate card.</summary>
/// <param name="Service">The service.</param>
/// <param name="Basis">The basis it is counted in.</param>
/// <param name="Quantity">The quantity; null when the event does not tell it.</param>
/// <param name="UnknownReason">Why the quantity is unknown.</param>
/// <param name="Once">
/// For activity billed once per order or order line rather than per event: the line's key (order, or order and line),
/// so later events of the same order find the line and add nothing.
/// </param>
/// <param name="OnlyIfPriced">
/// Offered only when the card prices this basis (a dock arrival's pallets): an event that cannot count it must not
/// flag every arrival of an owner who is not charged per pallet.
/// </param>
public sealed record ChargeActivity(string Service, string Basis, decimal? Quantity, string? UnknownReason = null, string? Once = null, bool OnlyIfPriced = false);
