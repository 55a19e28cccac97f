using System.Text.Json.Nodes;

namespace Logistics.Functions.Packaging;

/// <summary>Generates the deployment <c>host.json</c> with the custom-handler section.</summary>
public static class HostJson
{
    /// <summary>The extension bundle range that carries the timer and Service Bus bindings.</summary>
    public const string ExtensionBundleVersion = "[4.*, 5.0.0)";

    /// <summary>The document.</summary>
    /// <param name="executablePath">What the host starts (<c>Logistics.Functions</c>, or <c>dotnet</c> for a framework-dependent build).</param>
    /// <param name="arguments">Arguments (the dll, for <c>dotnet</c>).</param>
    public static JsonObject Create(string executablePath, IReadOnlyList<string> arguments) => new()
    {
        ["version"] = "2.0",
        ["logging"] = new JsonObject
        {
            ["logLevel"] = new JsonObject { ["default"] = "Information", ["Host.Results"] = "Information", ["Function"] = "Information" },
        },
        ["extensionBundle"] = new JsonObject
        {
            ["id"] = "Microsoft.Azure.Functions.ExtensionBundle",
            ["version"] = ExtensionBundleVersion,
        },
        ["customHandler"] = new JsonObject
        {
            ["description"] = new JsonObject
            {
                ["defaultExecutablePath"] = executablePath,
                ["workingDirectory"] = string.Empty,
                ["arguments"] = new JsonArray([.. arguments.Select(a => (JsonNode?)JsonValue.Create(a))]),
            },
            ["enableForwardingHttpRequest"] = true,
            ["enableProxyingHttpRequest"] = true,
        },
        ["extensions"] = new JsonObject
        {
            ["http"] = new JsonObject { ["routePrefix"] = "api" },
            ["serviceBus"] = new JsonObject { ["maxConcurrentCalls"] = 16, ["autoCompleteMessages"] = true },
        },
    };
}
