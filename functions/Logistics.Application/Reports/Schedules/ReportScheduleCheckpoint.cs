using Logistics.Application.Common;

namespace Logistics.Application.Reports.Schedules;

/// <summary>How far one of an owner's schedules has been run: its last occurrence started.</summary>
public sealed record ReportScheduleCheckpoint
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "reportScheduleCheckpoint";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The schedule's expression when the checkpoint was written: a changed schedule starts afresh from now.</summary>
    public required string Cron { get; init; }

    /// <summary>The last occurrence whose run was started (or, for a new schedule, when it was first seen).</summary>
    public required DateTimeOffset Last { get; init; }

    /// <summary>The document id of schedule <paramref name="name"/>'s checkpoint.</summary>
    public static string IdOf(string name) => DocumentIds.Of(Kind, name);
}
