using System.Text.Json.Serialization;
using Logistics.Application.Common;
using Logistics.Domain.Inbound;

namespace Logistics.Application.Inbound;

/// <summary>
/// An inbound notice as stored: the accepted content plus what was applied to it (received totals, close, decisions).
/// The <see cref="InboundNotice"/> aggregate is rebuilt by replaying them (<see cref="NoticeRehydrator"/>), so its rules
/// stay the single source of truth.
/// </summary>
public sealed record NoticeDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "notice";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string NoticeId { get; init; }

    public required string NoticeNumber { get; init; }

    public required NoticeType NoticeType { get; init; }

    public required DateOnly ExpectedDate { get; init; }

    public string? ShipFrom { get; init; }

    public string? Carrier { get; init; }

    public string? Reference { get; init; }

    /// <summary>The shipper's shipment id when it differs from the notice number (943 W0604).</summary>
    public string? ShipmentId { get; init; }

    /// <summary>How often the owner replaced the notice (0 for the original); replacements are allowed until the goods arrive.</summary>
    public int Revision { get; init; }

    /// <summary>When the current revision replaced the previous one.</summary>
    public DateTimeOffset? ReplacedAt { get; init; }

    public required IReadOnlyList<NoticeLineRecord> Lines { get; init; }

    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>The sender's ISA05/ISA06 when the notice came as X12, so the 944 goes back to the same partner id.</summary>
    public string? X12Qualifier { get; init; }

    public string? X12SenderId { get; init; }

    /// <summary>The sender's ISA12 (version) and ISA15 (test or production), mirrored by the 944 sent back.</summary>
    public string? X12Version { get; init; }

    public string? X12UsageIndicator { get; init; }

    public required NoticeProgress Progress { get; init; }

    public DateTimeOffset? ArrivedAt { get; init; }

    /// <summary>What the floor scanned, totalled per item, lot, expiry and condition (the scans themselves are <see cref="ScanDocument"/>s).</summary>
    public IReadOnlyList<ReceivedTotal> Received { get; init; } = [];

    /// <summary>Scans recorded.</summary>
    public int ScanCount { get; init; }

    /// <summary>Units scanned, all lines together (bounded, see <see cref="Receiving.MaxUnitsPerNotice"/>).</summary>
    public long ScannedUnits { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public IReadOnlyList<DecisionRecord> Decisions { get; init; } = [];

    public bool PutawayPlanned { get; init; }

    public AdviceRecord? Advice { get; init; }

    /// <summary>When the notice was cancelled (its orchestration terminated), with the reason given.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    public string? CancelReason { get; init; }

    /// <summary>The notice as a ledger source (<c>inbound/{owner}/{number}</c>, as <see cref="InboundNotice.SourceReference"/>).</summary>
    [JsonIgnore]
    public string SourceReference => $"inbound/{OwnerId}/{NoticeNumber}";

    /// <summary>True once the notice will not change any more (completed or cancelled).</summary>
    [JsonIgnore]
    public bool IsFinished => Progress is NoticeProgress.Completed or NoticeProgress.Cancelled;

    /// <summary>The document id of <paramref name="noticeId"/>.</summary>
    public static string IdOf(string noticeId) => DocumentIds.Of(Kind, noticeId);
}
