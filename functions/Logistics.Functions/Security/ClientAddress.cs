using System.Net;

namespace Logistics.Functions.Security;

/// <summary>The address a request comes from, for limits kept per client.</summary>
public static class ClientAddress
{
    /// <summary>The partition used when the transport names no address (an in-process call).</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// The client's address: behind the Functions host every request arrives from the host on loopback and the host
    /// passes the client in <c>X-Forwarded-For</c> (the ASP.NET Core integration applies it to <c>RemoteIpAddress</c>,
    /// the loopback check covers the rest); otherwise the connection's remote address.
    /// </summary>
    /// <remarks>
    /// The first <c>X-Forwarded-For</c> entry is the one the client's side of the chain wrote, so only a proxy in front
    /// of the host that overwrites the header makes it trustworthy; the limits keyed by it are a brake, not an identity.
    /// </remarks>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && IPAddress.IsLoopback(remote) &&
            context.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded)
        {
            return forwarded.Split(',')[0].Trim();
        }

        return remote?.ToString() ?? Unknown;
    }
}
