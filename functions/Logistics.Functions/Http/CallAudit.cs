namespace Logistics.Functions.Http;

/// <summary>
/// What a handler adds to the audit entry of its call: the state before its change, the state after when the answer's
/// body is not it, and the owner concerned when the route does not name one.
/// </summary>
/// <remarks>Values are serialized like answers (camelCase JSON) and secrets in them are masked.</remarks>
public sealed class CallAudit
{
    /// <summary>The state the action changes, read before it; null when there was none.</summary>
    public object? Before { get; set; }

    /// <summary>The state after the action; when null the entry takes the answer's body.</summary>
    public object? After { get; set; }

    /// <summary>The owner the action concerns; when null the caller's publisher or an owner route value is taken.</summary>
    public string? OwnerId { get; set; }
}
