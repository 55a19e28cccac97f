namespace Logistics.Functions.Table;

/// <summary>The input of one non-HTTP invocation, the same whichever runtime delivered it.</summary>
/// <param name="FunctionName">The invoked function.</param>
/// <param name="Body">
/// The message body (Service Bus triggers), already decoded to the original string; for change-feed triggers the
/// changed documents as one JSON array.
/// </param>
/// <param name="Timer">Timer details (timer triggers).</param>
/// <param name="DeliveryCount">1 on the first delivery of a message; 0 for timers and change feeds.</param>
/// <param name="Metadata">Trigger metadata (message id, enqueued time, …) as plain strings.</param>
public sealed record FunctionInvocation(
    string FunctionName,
    string? Body,
    TimerInfo? Timer,
    int DeliveryCount,
    IReadOnlyDictionary<string, string> Metadata);
