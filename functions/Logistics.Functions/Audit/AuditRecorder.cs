using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Application.Audit;
using Logistics.Functions.Hosting;
using Logistics.Functions.Http;
using Logistics.Functions.Security;

namespace Logistics.Functions.Audit;

/// <summary>Turns a completed manual action (a successful write through <see cref="HttpApi"/>) into its audit entry.</summary>
/// <remarks>
/// The entry is written after the handler's change committed. If writing it fails the call answers 500: the client
/// retries, every writing handler is idempotent, and the retry is recorded, so no completed action is left unlogged
/// without the caller knowing.
/// </remarks>
public sealed class AuditRecorder(AuditLog log, TimeProvider time)
{
    /// <summary>The header naming the person acting, see <see cref="AuditActor.Operator"/>.</summary>
    public const string OperatorHeader = "X-Operator";

    private const int MaxOperatorLength = 100;
    private static readonly string[] OwnerRouteValues = ["owner", "ownerId", "publisherId"];
    private static readonly HashSet<string> SecretNames = new(["key", "apiKey", "secret", "password", "keyHash"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a call with this method and answer status changed something worth recording.</summary>
    public static bool IsRecorded(string method, int status) =>
        status is >= 200 and < 300 && (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method));

    /// <summary>Writes the entry of <paramref name="call"/>, answered <paramref name="result"/>.</summary>
    public async Task RecordAsync(ApiCall call, ApiCaller caller, IResult result, int status)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(caller);
        var request = call.Request;
        var at = time.GetUtcNow();
        var subject = request.RouteValues
            .Where(v => v.Value is not null)
            .ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!, StringComparer.Ordinal);
        var body = BodyOf(request);
        var owner = call.Audit.OwnerId ?? caller.PublisherId ?? OwnerOf(request, subject, body);
        var operatorName = request.Headers[OperatorHeader].ToString().Trim();
        await log.RecordAsync(new AuditEntryDocument
        {
            Id = AuditEntryDocument.IdOf(at, Guid.NewGuid().ToString("N")),
            Month = AuditEntryDocument.MonthOf(at),
            At = Application.Common.UtcText.Of(at),
            Actor = new AuditActor(caller.Role, caller.KeyId, caller.PublisherId, caller.Carrier,
                operatorName.Length == 0 ? null : operatorName[..Math.Min(operatorName.Length, MaxOperatorLength)]),
            Action = $"{request.Method} {request.PathBase}{request.Path}",
            OwnerId = owner,
            Subject = subject,
            Query = request.QueryString.HasValue ? request.QueryString.Value : null,
            Request = body,
            Status = status,
            Before = Masked(call.Audit.Before),
            After = Masked(call.Audit.After ?? (result as IValueHttpResult)?.Value),
            TraceId = request.HttpContext.TraceIdentifier,
        }, call.Cancellation);
    }

    // The owner an ops or floor action concerns, where the request names it: an owner route value or query parameter, a
    // document id route value ({owner}~{number}: noticeId, orderId, returnId, moveId, …), or the body's ownerId.
    private static string? OwnerOf(HttpRequest request, Dictionary<string, string> subject, JsonElement? body)
    {
        if (OwnerRouteValues.Select(subject.GetValueOrDefault).FirstOrDefault(v => v is not null) is { } routed)
        {
            return routed;
        }

        if (request.Query["owner"].ToString() is { Length: > 0 } queried)
        {
            return queried;
        }

        var owned = subject.Where(v => v.Key.EndsWith("Id", StringComparison.Ordinal) && v.Key != "instanceId")
            .Select(v => v.Value.Split('~')).FirstOrDefault(parts => parts.Length == 2 && parts[0].Length > 0);
        if (owned is not null)
        {
            return owned[0];
        }

        return body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("ownerId", out var ownerId) && ownerId.ValueKind == JsonValueKind.String
            ? ownerId.GetString()
            : null;
    }

    // The body as JSON when it is JSON, else as a string; cut to the limit either way.
    private static JsonElement? BodyOf(HttpRequest request)
    {
        if (request.HttpContext.Items[RequestBody.ItemKey] is not byte[] { Length: > 0 } bytes)
        {
            return null;
        }

        if (bytes.Length <= AuditLog.MaxBodyBytes)
        {
            try
            {
                return Masked(JsonNode.Parse(bytes));
            }
            catch (JsonException)
            {
                // Not JSON (an X12 body): kept as text below.
            }
        }

        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, AuditLog.MaxBodyBytes));
        return JsonSerializer.SerializeToElement(text, AppJson.Http);
    }

    private static JsonElement? Masked(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var node = value as JsonNode ?? JsonSerializer.SerializeToNode(value, value.GetType(), AppJson.Http);
        Mask(node);
        return JsonSerializer.SerializeToElement(node, AppJson.Http);
    }

    private static void Mask(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (SecretNames.Contains(name) && obj[name] is JsonValue)
                    {
                        obj[name] = "***";
                    }
                    else
                    {
                        Mask(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Mask(item);
                }

                break;
        }
    }
}
