namespace Logistics.Orchestration.Runtime;

/// <summary>An external event received but not yet awaited.</summary>
internal sealed record BufferedEvent(string Name, string? Input);
