namespace Logistics.Storage.Messaging;

/// <summary>A message to a queue or topic. The body is self-sufficient: receivers rely on nothing else.</summary>
/// <param name="Destination">Queue or topic name.</param>
/// <param name="Body">The payload, usually JSON.</param>
/// <param name="NotBefore">Earliest delivery time (Service Bus: the scheduled enqueue time).</param>
/// <param name="MessageId">
/// The sender's id of the message, deterministic for a given fact (for events, the event id), so a broker with duplicate
/// detection (Service Bus) drops a resend. Null: the broker assigns one. The embedded queue ignores it: its sends commit
/// with their state change, so they are never repeated.
/// </param>
public sealed record OutgoingMessage(string Destination, string Body, DateTimeOffset? NotBefore = null, string? MessageId = null);
