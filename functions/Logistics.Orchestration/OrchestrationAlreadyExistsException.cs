namespace Logistics.Orchestration;

/// <summary>Scheduling refused: an instance with that id exists and has not reached a terminal status.</summary>
public sealed class OrchestrationAlreadyExistsException : InvalidOperationException
{
    public OrchestrationAlreadyExistsException(string instanceId, OrchestrationRuntimeStatus status)
        : base($"Orchestration instance '{instanceId}' already exists and is {status}; an id can be reused only once its instance is Completed, Failed or Terminated.")
    {
        InstanceId = instanceId;
        Status = status;
    }

    public OrchestrationAlreadyExistsException()
    {
        InstanceId = string.Empty;
    }

    public OrchestrationAlreadyExistsException(string message)
        : base(message)
    {
        InstanceId = string.Empty;
    }

    public OrchestrationAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = string.Empty;
    }

    /// <summary>The contested id.</summary>
    public string InstanceId { get; }

    /// <summary>The existing instance's status.</summary>
    public OrchestrationRuntimeStatus Status { get; }
}
