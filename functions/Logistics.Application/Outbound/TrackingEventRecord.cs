namespace Logistics.Application.Outbound;

/// <summary>One tracking event from the carrier.</summary>
/// <param name="EventId">The carrier's event id; a repeat is ignored.</param>
/// <param name="Status">inTransit, delivered or failed.</param>
/// <param name="At">When it happened, as the carrier reports.</param>
/// <param name="Detail">Signature, failure reason or scan place.</param>
public sealed record TrackingEventRecord(string EventId, string Status, DateTimeOffset At, string? Detail);
