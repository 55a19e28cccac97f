namespace Logistics.Application.Returns.Workflow;

/// <summary>Input of <see cref="CompleteReturnActivity"/>; <paramref name="At"/> is orchestration time, identical on rerun.</summary>
public sealed record CompleteReturnInput(string ReturnId, DateTimeOffset At);
