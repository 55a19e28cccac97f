using Logistics.Functions.Table;

namespace Logistics.Functions.Hosting;

/// <summary>
/// Finds <c>/api/...</c> endpoints mapped outside the function table. They work standalone but not in Azure, where only
/// routes with a generated <c>function.json</c> reach the handler.
/// </summary>
public static class UndeclaredRoutes
{
    /// <summary>Route patterns under <c>/api/</c> that no HTTP function of <paramref name="table"/> declares.</summary>
    public static IReadOnlyList<string> Find(EndpointDataSource endpoints, FunctionTable table)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(table);
        var declared = table.Functions.Select(f => f.Trigger).OfType<HttpTrigger>()
            .Select(t => Normalize(t.Pattern)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return
        [
            .. endpoints.Endpoints.OfType<RouteEndpoint>()
                .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
                .Where(p => p.StartsWith("/" + HttpTrigger.RoutePrefix + "/", StringComparison.OrdinalIgnoreCase) && !declared.Contains(Normalize(p)))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal),
        ];
    }

    private static string Normalize(string pattern) => "/" + pattern.Trim('/');
}
