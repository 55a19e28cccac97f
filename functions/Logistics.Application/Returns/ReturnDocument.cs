using System.Text.Json.Serialization;
using Logistics.Application.Common;
using Logistics.Domain.Returns;
using Logistics.Edi.Outbound;
using Logistics.Edi.Returns;

namespace Logistics.Application.Returns;

/// <summary>
/// A return as stored: what the owner announced (or what a failed delivery sent back), what the floor received, and
/// what became of each part. Its orchestration reads it; every floor, owner and default action changes it under its
/// ETag together with the stock it moves.
/// </summary>
public sealed record ReturnDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "return";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string ReturnId { get; init; }

    public required string ReturnNumber { get; init; }

    public required ReturnOrigin Origin { get; init; }

    /// <summary><c>json</c>, <c>x12</c> or <c>failedDelivery</c>.</summary>
    public required string SourceFormat { get; init; }

    /// <summary>What makes a repost "the same return" (<see cref="Intake.ReturnFingerprint"/>).</summary>
    public required string Fingerprint { get; init; }

    /// <summary>How often the owner replaced the notice (0 for the original); allowed until the goods arrive.</summary>
    public int Revision { get; init; }

    public DateOnly? ExpectedDate { get; init; }

    public Party? ReturnFrom { get; init; }

    /// <summary>Where the center collects the goods, when the owner asked it to: the floor's work list shows the pickup.</summary>
    public Party? Pickup { get; init; }

    /// <summary>Where goods returned to supplier go, unless the disposition names another address.</summary>
    public Party? Supplier { get; init; }

    /// <summary>The order the goods left on (a failed delivery's, or the one the notice named).</summary>
    public string? OriginalOrderNumber { get; init; }

    /// <summary>For a failed delivery: the order whose in-transit stock the goods come back from.</summary>
    public string? OrderId { get; init; }

    /// <summary>For a failed delivery: the shipment that could not be delivered.</summary>
    public string? ShipmentId { get; init; }

    public required IReadOnlyList<ReturnLineRecord> Lines { get; init; }

    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>The sender's ISA05/ISA06, ISA12 and ISA15 when the notice came as X12, so the 180 advice goes back alike.</summary>
    public string? X12Qualifier { get; init; }

    public string? X12SenderId { get; init; }

    public string? X12Version { get; init; }

    public string? X12UsageIndicator { get; init; }

    public required ReturnProgress Progress { get; init; }

    public DateTimeOffset? ArrivedAt { get; init; }

    /// <summary>Parcels the floor counted at arrival, when it did.</summary>
    public int? Parcels { get; init; }

    /// <summary>What the floor scanned, totalled per SKU, lot and condition (the scans themselves are <see cref="ReturnScanDocument"/>s).</summary>
    public IReadOnlyList<ReturnReceivedTotal> Received { get; init; } = [];

    public int ScanCount { get; init; }

    public long ScannedUnits { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The received goods split into parts at close, each with its disposition as it stands.</summary>
    public IReadOnlyList<ReturnPartRecord> Parts { get; init; } = [];

    /// <summary>The owner's advice, written once when the last part is disposed of.</summary>
    public ReturnAdvice? Advice { get; init; }

    /// <summary>The advice as an X12 180 (when the return came as X12, or for anyone who asks for it).</summary>
    public string? AdviceX12 { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public string? CancelReason { get; init; }

    /// <summary>The return as a ledger source (<c>return/{owner}/{number}</c>, as <see cref="ReturnMovements.SourceOf"/>).</summary>
    [JsonIgnore]
    public string SourceReference => $"return/{OwnerId}/{ReturnNumber}";

    /// <summary>True once the return will not change any more (completed or cancelled).</summary>
    [JsonIgnore]
    public bool IsFinished => Progress is ReturnProgress.Completed or ReturnProgress.Cancelled;

    /// <summary>The document id of <paramref name="returnId"/>.</summary>
    public static string IdOf(string returnId) => DocumentIds.Of(Kind, returnId);
}
