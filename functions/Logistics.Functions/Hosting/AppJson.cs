using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Logistics.Functions.Hosting;

/// <summary>The HTTP JSON conventions: camelCase, enums as strings; request bodies strictly. (Orchestration payloads: <see cref="Logistics.Application.WorkflowJson"/>.)</summary>
public static class AppJson
{
    /// <summary>
    /// Request bodies, as strict as the JSON notice schema: unknown and duplicate members are errors (named by JSON
    /// pointer), not silently dropped; member names match exactly (camelCase); a number must be a JSON number, never a
    /// string holding one (the web defaults would accept <c>"5"</c>); a member declared non-nullable or without a default
    /// must be present and not null.
    /// </summary>
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
        options.PropertyNameCaseInsensitive = false;
        options.NumberHandling = JsonNumberHandling.Strict;

        // A member the body type does not let be null or absent is a 400 naming it, never a null reaching a handler.
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        // Enum members by name only: an integer would bypass the names the API documents (as QueryReader refuses them).
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        return options;
    }
}
