namespace Logistics.Orchestration.Runtime;

/// <summary>
/// An event waiting for the instance's next work item, stored in the instance's partition. Deterministic ids make a
/// second delivery of the same event collapse into the first (a create conflict means "already delivered").
/// </summary>
/// <param name="Id">Deterministic document id.</param>
/// <param name="InstanceId">Partition key.</param>
/// <param name="SortKey">Processing order within the instance.</param>
/// <param name="Event">The event as it will appear in history.</param>
/// <param name="TargetExecutionId">The execution it belongs to; null for external events and control commands.</param>
/// <param name="StartKey">For ExecutionStarted: the creating request's key.</param>
internal sealed record PendingEventDocument(
    string Id,
    string InstanceId,
    string SortKey,
    HistoryEvent Event,
    string? TargetExecutionId = null,
    string? StartKey = null)
{
    public const string DocumentType = "event";

    public string Type { get; init; } = DocumentType;
}
