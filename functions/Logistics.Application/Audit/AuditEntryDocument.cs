using System.Text.Json;
using Logistics.Application.Common;

namespace Logistics.Application.Audit;

/// <summary>
/// One manual action as it happened: who, with which key, when, what they asked for, and the state before and after.
/// Created once and never replaced or deleted (<see cref="AuditLog"/> has no such operation and no route exposes one).
/// </summary>
public sealed record AuditEntryDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "audit";

    /// <summary><c>audit~{at}~{request id}</c>: unique per call, and in time order within a month.</summary>
    public required string Id { get; init; }

    /// <summary>The partition: the UTC month (<c>yyyy-MM</c>), so a month's entries stay together and no partition grows for ever.</summary>
    public required string Month { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>When the action completed (fixed-width UTC text, see <see cref="UtcText"/>).</summary>
    public required string At { get; init; }

    public required AuditActor Actor { get; init; }

    /// <summary>The HTTP method and the path called, e.g. <c>POST /api/ops/inventory/quarantine</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The owner whose goods or settings the action concerns, when it concerns one.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The route values naming what was acted on (order id, task id, instance id…).</summary>
    public IReadOnlyDictionary<string, string> Subject { get; init; } = new Dictionary<string, string>();

    /// <summary>The query string, when there was one.</summary>
    public string? Query { get; init; }

    /// <summary>The request body (JSON; other bodies as a string), secrets masked, cut at <see cref="AuditLog.MaxBodyBytes"/>.</summary>
    public JsonElement? Request { get; init; }

    /// <summary>The HTTP status of the answer.</summary>
    public required int Status { get; init; }

    /// <summary>The state the action changed, before it; null when the handler could not tell or nothing existed.</summary>
    public JsonElement? Before { get; init; }

    /// <summary>The state after the action (by default the answer's body), secrets masked.</summary>
    public JsonElement? After { get; init; }

    /// <summary>The request's trace id, to find it in the server log.</summary>
    public required string TraceId { get; init; }

    /// <summary>The document id of the entry of a call at <paramref name="at"/>.</summary>
    public static string IdOf(DateTimeOffset at, string requestId) => DocumentIds.Of(Kind, UtcText.Of(at), requestId);

    /// <summary>The partition of an entry at <paramref name="at"/>.</summary>
    public static string MonthOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
