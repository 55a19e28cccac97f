using System.Text.Json.Nodes;

namespace Logistics.Functions.Tests.Deployment;

/// <summary>One resource of a compiled ARM template, wherever it sits (modules compile to nested deployments).</summary>
internal sealed record TemplateResource(string Type, JsonObject Body);

/// <summary>Walks a compiled ARM template.</summary>
internal static class TemplateResources
{
    /// <summary>Every resource of <paramref name="template"/> and of the templates nested in it.</summary>
    public static IEnumerable<TemplateResource> All(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(), // languageVersion 2.0 templates
            _ => [],
        };
        foreach (var resource in resources)
        {
            if (resource["type"]?.GetValue<string>() is { } type)
            {
                yield return new TemplateResource(type, resource);
            }

            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in All(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The one function app.</summary>
    public static JsonObject FunctionApp(IEnumerable<TemplateResource> resources) =>
        Assert.Single(resources, r => r.Type == "Microsoft.Web/sites").Body;

    /// <summary>The names of the function app's app settings, as the template writes them (literal names only).</summary>
    public static IReadOnlyList<string> AppSettingNames(JsonObject functionApp) =>
        (functionApp["properties"]?["siteConfig"]?["appSettings"] as JsonArray ?? [])
            .Select(s => s?["name"]?.GetValue<string>() ?? throw new InvalidOperationException($"An app setting without a literal name: {s?.ToJsonString()}"))
            .ToList();
}
