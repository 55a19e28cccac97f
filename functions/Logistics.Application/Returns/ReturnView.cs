using System.Text.Json;
using Logistics.Edi.Outbound;

namespace Logistics.Application.Returns;

/// <summary>A return in full: what was announced and received, each part's disposition, and its orchestration's state.</summary>
public sealed record ReturnView(
    string ReturnId,
    string ReturnNumber,
    string Origin,
    string Status,
    string SourceFormat,
    DateOnly? ExpectedDate,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? CompletedAt,
    Party? ReturnFrom,
    Party? Pickup,
    Party? Supplier,
    string? OriginalOrderNumber,
    IReadOnlyList<ReturnLineRecord> Lines,
    IReadOnlyList<ReturnReceivedTotal> Received,
    IReadOnlyList<ReturnPartRecord> Parts,
    int ScanCount,
    string InstanceId,
    string? RuntimeStatus,
    JsonElement? CustomStatus,
    string? AdviceUri);
