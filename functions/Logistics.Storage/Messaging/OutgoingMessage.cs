namespace Logistics.Storage.Messaging;

/// <summary>
/// A message to a queue or topic. The body must be self-sufficient: in Azure, Service Bus output bindings carry
/// the body only (no message id, session or properties), so receivers may rely on nothing else.
/// </summary>
/// <param name="Destination">Queue or topic name.</param>
/// <param name="Body">The payload, usually JSON.</param>
/// <param name="NotBefore">
/// Earliest delivery time. Honoured by the embedded queue only (Service Bus output bindings cannot schedule), so use it
/// for retry back-off and convenience, never for correctness.
/// </param>
public sealed record OutgoingMessage(string Destination, string Body, DateTimeOffset? NotBefore = null);
