using System.Text.Json.Nodes;
using Logistics.Functions.LocalRuntime;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Logistics.Functions.OpenApi;

/// <summary>
/// An OpenAPI 3.1 description of every HTTP function, built from the same <c>[Function]</c>/<c>[HttpTrigger]</c>
/// declarations both runtimes serve, so it cannot drift from them: paths, methods, operation ids (the function names),
/// path parameters and the <c>X-Api-Key</c> scheme.
/// </summary>
public static class OpenApiDocument
{
    /// <summary>Builds the document for the functions of <paramref name="catalog"/> under <c>/{routePrefix}</c>.</summary>
    public static JsonObject Build(FunctionCatalog catalog, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var paths = new JsonObject();
        foreach (var function in catalog.Functions.Where(f => f.Http is not null).OrderBy(f => f.Http!.Route, StringComparer.Ordinal))
        {
            var route = function.Http!.Route ?? function.Name;
            var pattern = RoutePatternFactory.Parse(route);
            var path = "/" + routePrefix + "/" + string.Join('/', pattern.PathSegments.Select(Segment));
            if (paths[path] is not JsonObject item)
            {
                item = [];
                paths[path] = item;
            }

            foreach (var method in function.Http.Methods ?? ["get", "post", "put", "delete"])
            {
                item[method.ToLowerInvariant()] = new JsonObject
                {
                    ["operationId"] = function.Name,
                    ["tags"] = new JsonArray(Tag(function)),
                    ["parameters"] = new JsonArray([.. pattern.Parameters.Select(p => (JsonNode)new JsonObject
                    {
                        ["name"] = p.Name,
                        ["in"] = "path",
                        ["required"] = true,
                        ["schema"] = new JsonObject { ["type"] = p.ParameterPolicies.Any(x => x.Content == "int") ? "integer" : "string" },
                    })]),
                    ["responses"] = new JsonObject
                    {
                        ["default"] = new JsonObject { ["description"] = "JSON, X12 or RFC 9457 problem details (application/problem+json)." },
                    },
                };
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "Logistics.Functions", ["version"] = "v1" },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = Security.ApiKeyDefaults.HeaderName },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }),
        };
    }

    private static string Segment(RoutePatternPathSegment segment) => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        _ => string.Empty,
    }));

    // The class that declares a function names its area: NoticeFunctions → Notice, DurableInstanceFunctions → DurableInstance.
    private static string Tag(FunctionMethod function)
    {
        var name = function.Method.DeclaringType!.Name;
        return name.EndsWith("Functions", StringComparison.Ordinal) ? name[..^"Functions".Length]
            : name.EndsWith("Function", StringComparison.Ordinal) ? name[..^"Function".Length]
            : name;
    }
}
