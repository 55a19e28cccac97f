using System.Text.Json;
using Logistics.Application.Inbound.Putaway;

namespace Logistics.Application.Inbound;

/// <summary>A notice in full: its lines with expected/received/discrepancy, pending goods, putaway tasks and its orchestration's state.</summary>
public sealed record NoticeView(
    string NoticeId,
    string NoticeNumber,
    string Type,
    string Status,
    DateOnly ExpectedDate,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? ClosedAt,
    string InstanceId,
    string? RuntimeStatus,
    JsonElement? CustomStatus,
    IReadOnlyList<NoticeLineView> Lines,
    IReadOnlyList<PendingGoodsView> Pending,
    IReadOnlyList<PutawayTaskView> PutawayTasks,
    int ScanCount,
    string? AdviceUri);
