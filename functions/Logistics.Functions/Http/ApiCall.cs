using Logistics.Functions.Security;

namespace Logistics.Functions.Http;

/// <summary>One authorized HTTP call, as a function's handler sees it.</summary>
/// <param name="Request">The request.</param>
/// <param name="Caller">The authenticated caller; null only for <see cref="Access.Anonymous"/> functions.</param>
/// <param name="Cancellation">Cancelled when the client goes away.</param>
public sealed record ApiCall(HttpRequest Request, ApiCaller? Caller, CancellationToken Cancellation)
{
    /// <summary>The calling publisher's id; every publisher data access is scoped by it.</summary>
    /// <exception cref="InvalidOperationException">The function is not declared <see cref="Access.Publisher"/>.</exception>
    public string PublisherId =>
        Caller?.PublisherId ?? throw new InvalidOperationException("The caller is not a publisher; the function must require Access.Publisher.");

    /// <summary>What the handler adds to the call's audit entry (see <see cref="AuditPolicy"/>).</summary>
    public CallAudit Audit { get; } = new();

    /// <summary>The request's query string, read with validation.</summary>
    public QueryReader Query => new(Request.Query);
}
