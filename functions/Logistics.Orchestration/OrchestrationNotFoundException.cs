namespace Logistics.Orchestration;

/// <summary>No orchestration instance has the given id.</summary>
public sealed class OrchestrationNotFoundException : InvalidOperationException
{
    public OrchestrationNotFoundException(string instanceId)
        : base($"No orchestration instance '{instanceId}'.")
    {
        InstanceId = instanceId;
    }

    public OrchestrationNotFoundException()
    {
        InstanceId = string.Empty;
    }

    public OrchestrationNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = string.Empty;
    }

    /// <summary>The unknown id.</summary>
    public string InstanceId { get; }
}
