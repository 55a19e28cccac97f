using Logistics.Functions.Http;

namespace Logistics.Functions.Management;

/// <summary>Absolute URIs of the Durable-shaped management API (ops keys only).</summary>
/// <remarks>
/// The API lives at <c>/api/runtime/webhooks/durabletask</c> in both runtimes: the routes of Durable Functions' own
/// HTTP API below the function route prefix, because under the Functions host <c>/runtime/webhooks/durabletask</c>
/// belongs to the Durable extension itself (system key). Ours authenticates with ops keys instead.
/// </remarks>
public sealed class DurableManagementUris
{
    /// <summary>The route of the API below the function route prefix.</summary>
    public const string Route = "runtime/webhooks/durabletask";

    private readonly string _base;

    private DurableManagementUris(string baseUri) => _base = baseUri;

    /// <summary>URIs on the host and scheme of <paramref name="request"/>.</summary>
    public static DurableManagementUris For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DurableManagementUris($"{RequestUris.BaseOf(request)}/api/{Route}");
    }

    /// <summary><c>GET</c>: the instance's status.</summary>
    public string Status(string instanceId) => $"{_base}/instances/{Uri.EscapeDataString(instanceId)}";
}
