namespace Logistics.Application.Outbound;

/// <summary>A carrier's tracking event for one shipment.</summary>
/// <param name="EventId">The carrier's id of this event; a repeat is ignored.</param>
/// <param name="Status"><c>inTransit</c>, <c>delivered</c> or <c>failed</c>.</param>
/// <param name="At">When it happened.</param>
/// <param name="SignedBy">Who signed, for <c>delivered</c> (proof of delivery).</param>
/// <param name="Reason">Why, for <c>failed</c>: <c>refused</c>, <c>addressUnknown</c> or <c>damaged</c>.</param>
/// <param name="Location">Where the carrier scanned it, if it says.</param>
public sealed record TrackingInput(string? EventId, string? Status, DateTimeOffset? At, string? SignedBy = null, string? Reason = null, string? Location = null);
