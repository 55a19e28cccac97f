using Logistics.Application.Common;

namespace Logistics.Application.Outbound;

/// <summary>
/// Finds a shipment by the carrier's tracking number: carriers report by tracking number and know nothing of owners or
/// orders. Created with the handover; its id makes a tracking number unique per carrier.
/// </summary>
public sealed record ShipmentDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "shipment";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string Carrier { get; init; }

    public required string TrackingNumber { get; init; }

    public required string OrderId { get; init; }

    public required string ShipmentId { get; init; }

    /// <summary>The document id of a carrier's tracking number.</summary>
    public static string IdOf(string carrier, string trackingNumber) => DocumentIds.Of(Kind, carrier, trackingNumber);
}
