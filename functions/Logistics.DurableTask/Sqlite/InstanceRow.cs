using DurableTask.Core;
using Logistics.DurableTask.Serialization;
using Logistics.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Logistics.DurableTask.Sqlite;

/// <summary>One row of <c>dt_instances</c>: the current execution of an instance id.</summary>
internal sealed record InstanceRow(
    string InstanceId,
    string ExecutionId,
    string Name,
    string? Version,
    OrchestrationStatus Status,
    long CreatedAt,
    long UpdatedAt,
    long? CompletedAt,
    long? ScheduledStartAt,
    string? Input,
    string? Output,
    string? CustomStatus,
    string? Failure,
    string? Parent,
    string? Tags)
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns =
        "instance_id, execution_id, name, version, status, created_at, updated_at, completed_at, scheduled_start_at, input, output, custom_status, failure, parent, tags";

    /// <summary>The same columns with inputs and outputs left out (queries that do not ask for them).</summary>
    public const string ColumnsWithoutPayloads =
        "instance_id, execution_id, name, version, status, created_at, updated_at, completed_at, scheduled_start_at, NULL, NULL, custom_status, failure, parent, tags";

    public static InstanceRow Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.NullableString(3),
        (OrchestrationStatus)reader.GetInt32(4),
        reader.GetInt64(5),
        reader.GetInt64(6),
        reader.NullableInt64(7),
        reader.NullableInt64(8),
        reader.NullableString(9),
        reader.NullableString(10),
        reader.NullableString(11),
        reader.NullableString(12),
        reader.NullableString(13),
        reader.NullableString(14));

    public OrchestrationState ToState() => new()
    {
        OrchestrationInstance = new OrchestrationInstance { InstanceId = InstanceId, ExecutionId = ExecutionId },
        Name = Name,
        Version = Version,
        OrchestrationStatus = Status,
        CreatedTime = UnixTime.ToDateTime(CreatedAt),
        LastUpdatedTime = UnixTime.ToDateTime(UpdatedAt),
        CompletedTime = CompletedAt is { } completed ? UnixTime.ToDateTime(completed) : default,
        ScheduledStartTime = ScheduledStartAt is { } start ? UnixTime.ToDateTime(start) : null,
        Input = Input,
        Output = Output,
        Status = CustomStatus,
        FailureDetails = Failure is null ? null : DurableJson.Deserialize<FailureDetails>(Failure),
        ParentInstance = Parent is null ? null : DurableJson.Deserialize<ParentInstance>(Parent),
        Tags = Tags is null ? null : DurableJson.Deserialize<Dictionary<string, string>>(Tags),
    };
}
