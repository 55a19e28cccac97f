namespace Logistics.Application.Returns.Workflow;

/// <summary>Input of <see cref="ApplyReturnDefaultsActivity"/>; <paramref name="At"/> is orchestration time, identical on rerun.</summary>
public sealed record ReturnDefaultsInput(string ReturnId, DateTimeOffset At);
