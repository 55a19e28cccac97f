using System.Net;
using System.Text.RegularExpressions;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: every HTTP function the app declares, described from the same declarations.</summary>
public sealed partial class OpenApiFunctionTests
{
    [Fact]
    public async Task The_document_describes_every_http_function_at_its_path_and_method_with_its_name()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.JsonAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("name").GetString());
        var paths = document.GetProperty("paths");
        var functions = FunctionCatalog.From(typeof(LocalRuntimeHost).Assembly).Functions.Where(f => f.Http is not null).ToList();
        Assert.NotEmpty(functions);
        foreach (var function in functions)
        {
            var path = "/api/" + Constraint().Replace(function.Http!.Route ?? function.Name, "}").Replace("{*", "{", StringComparison.Ordinal);
            Assert.True(paths.TryGetProperty(path, out var item), $"{function.Name}: {path} is not described");
            foreach (var method in function.Http.Methods ?? ["get"])
            {
                Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{function.Name}: {method} {path} is not described");
                Assert.Equal(function.Name, operation.GetProperty("operationId").GetString());
            }
        }
    }

    // "{taskNumber:int}" is "{taskNumber}" in an OpenAPI path, and so is a catch-all "{*path}" "{path}".
    [GeneratedRegex(":[^}]*}")]
    private static partial Regex Constraint();
}
