using System.Text.Json;

namespace Logistics.Application.ValueAdded;

/// <summary>A job as the API shows it: what it consumes and produces, its pick tasks, outputs and its orchestration's status.</summary>
public sealed record ValueAddedJobView(
    string JobId,
    string JobNumber,
    string OwnerId,
    string Kind,
    string Sku,
    int Units,
    int OutputUnits,
    string Stage,
    IReadOnlyList<ValueAddedInputRecord> Inputs,
    IReadOnlyList<ValueAddedPickTask> PickTasks,
    IReadOnlyList<ValueAddedOutputRecord> Outputs,
    string? Instructions,
    DateTimeOffset OrderedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    string InstanceId,
    string? RuntimeStatus = null,
    JsonElement? CustomStatus = null)
{
    /// <summary>Maps the stored job, with its orchestration's runtime and custom status when known.</summary>
    public static ValueAddedJobView From(ValueAddedJobDocument job, string? runtimeStatus = null, JsonElement? customStatus = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.JobId, job.JobNumber, job.OwnerId, ValueAddedPicking.KindText(job.JobKind), job.Sku, job.Units, job.OutputUnits, job.Stage.ToString(),
            job.Inputs, job.PickTasks, job.Outputs, job.Instructions, job.OrderedAt, job.StartedAt, job.CompletedAt, job.CancelledAt, job.CancelReason,
            ValueAddedIds.InstanceOf(job.JobId), runtimeStatus, customStatus);
    }
}
