namespace Logistics.Application.Audit;

/// <summary>Who acted: the key that authenticated the call, and the person who says they used it.</summary>
/// <param name="Role">The key's role (ops, floor, publisher, carrier).</param>
/// <param name="KeyId">The key's id (never the key itself).</param>
/// <param name="PublisherId">The publisher of a publisher key.</param>
/// <param name="Carrier">The SCAC of a carrier key.</param>
/// <param name="Operator">
/// The person at the screen or scanner, from the <c>X-Operator</c> header: keys are issued per station or system, so the
/// key alone does not say which employee acted. Unverified; the key is what authenticated the call.
/// </param>
public sealed record AuditActor(string Role, string KeyId, string? PublisherId, string? Carrier, string? Operator);
