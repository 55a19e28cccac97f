using Logistics.Functions.LocalRuntime;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the OpenAPI description of every HTTP function (anonymous).</summary>
public sealed class OpenApiFunction
{
    private static readonly Lazy<string> Document = new(() =>
        OpenApiDocument.Build(FunctionCatalog.From(typeof(OpenApiFunction).Assembly), HostJson.RoutePrefix(AppContext.BaseDirectory)).ToJsonString());

    /// <summary>Answers the document.</summary>
    [Function("OpenApi")]
    public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TypedResults.Text(Document.Value, "application/json");
    }
}
