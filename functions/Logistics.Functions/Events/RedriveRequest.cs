namespace Logistics.Functions.Events;

/// <summary>Dead letters to return to their subscription: the listed sequence numbers, or all of them when none are listed.</summary>
public sealed record RedriveRequest(string Subscription, IReadOnlyList<long>? SequenceNumbers = null);
