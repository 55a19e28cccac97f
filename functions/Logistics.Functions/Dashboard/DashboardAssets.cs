using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Logistics.Functions.Dashboard;

/// <summary>
/// The dashboard's static files (<c>Dashboard/wwwroot/</c>), embedded in this assembly so that both runtimes serve the
/// very same bytes with no file system or CDN behind them.
/// </summary>
public static class DashboardAssets
{
    /// <summary>Prefix of the assets' manifest resource names (the csproj's LogicalName).</summary>
    public const string ResourcePrefix = "dashboard/";

    /// <summary>
    /// Everything the page may load comes from this origin, scripts only from files (no inline script or style, no eval),
    /// and the page may not be framed: the browser itself then refuses any request elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; " +
        "manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, DashboardAsset>> Assets = new(Load);

    /// <summary>Every asset by its path below the dashboard (<c>index.html</c>, <c>js/app.js</c>).</summary>
    public static IReadOnlyDictionary<string, DashboardAsset> All => Assets.Value;

    /// <summary>The asset at <paramref name="path"/>, or null.</summary>
    public static DashboardAsset? Find(string path) => Assets.Value.GetValueOrDefault(path);

    private static FrozenDictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            if (!ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType))
            {
                throw new InvalidOperationException($"Dashboard asset '{path}' has no known content type; add its extension to {nameof(DashboardAssets)}.");
            }

            var content = Read(assembly, name);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
            assets[path] = new DashboardAsset(path, content, contentType, etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
