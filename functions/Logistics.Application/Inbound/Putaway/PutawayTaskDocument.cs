using Logistics.Application.Common;

namespace Logistics.Application.Inbound.Putaway;

/// <summary>One move from the dock to a storage location, suggested by the planner and confirmed by the floor.</summary>
public sealed record PutawayTaskDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "putaway-task";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string NoticeId { get; init; }

    public required int TaskNumber { get; init; }

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    public required string FromLocation { get; init; }

    public required string ToLocation { get; init; }

    public required int Quantity { get; init; }

    /// <summary><c>Open</c> or <c>Done</c>.</summary>
    public required string Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    /// <summary>Open task status.</summary>
    public const string Open = "Open";

    /// <summary>Confirmed task status.</summary>
    public const string Done = "Done";

    /// <summary>The document id of task <paramref name="taskNumber"/> of a notice.</summary>
    public static string IdOf(string noticeId, int taskNumber) => DocumentIds.Of(Kind, noticeId, taskNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
