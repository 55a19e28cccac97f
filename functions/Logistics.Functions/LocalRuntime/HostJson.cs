using System.Text.Json;

namespace Logistics.Functions.LocalRuntime;

/// <summary>Reads the settings of the app's <c>host.json</c> that the local runtime honours, so they are declared once.</summary>
public static class HostJson
{
    /// <summary>The Functions host's default HTTP route prefix.</summary>
    public const string DefaultRoutePrefix = "api";

    /// <summary><c>extensions.http.routePrefix</c> of the <c>host.json</c> in <paramref name="folder"/>; the host's default when absent.</summary>
    public static string RoutePrefix(string folder)
    {
        var path = Path.Combine(folder, "host.json");
        if (!File.Exists(path))
        {
            return DefaultRoutePrefix;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.TryGetProperty("extensions", out var extensions) &&
               extensions.TryGetProperty("http", out var http) &&
               http.TryGetProperty("routePrefix", out var prefix) && prefix.ValueKind == JsonValueKind.String
            ? prefix.GetString()!.Trim('/')
            : DefaultRoutePrefix;
    }
}
