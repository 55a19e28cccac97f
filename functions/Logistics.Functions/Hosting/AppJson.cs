using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Logistics.Functions.Hosting;

/// <summary>The HTTP JSON conventions: camelCase, enums as strings; request bodies strictly. (Orchestration payloads: <see cref="Logistics.Application.WorkflowJson"/>.)</summary>
public static class AppJson
{
    /// <summary>Request bodies: unknown and duplicate members are errors (named by JSON pointer), not silently dropped.</summary>
    public static JsonSerializerOptions Http { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Response bodies use the same conventions (ASP.NET Core's <see cref="JsonOptions"/>).</summary>
    public static void Configure(JsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Configure(options.SerializerOptions);
    }

    private static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
