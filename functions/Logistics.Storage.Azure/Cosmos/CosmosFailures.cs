using System.Globalization;
using System.Net;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Maps Cosmos DB status codes to the port's typed exceptions.</summary>
internal static class CosmosFailures
{
    /// <summary>The exception a failed response stands for; <paramref name="target"/> names what was addressed.</summary>
    public static DocumentStoreException From(ResponseMessage response, string operation, string target) =>
        From(response.StatusCode, operation, target, response.Headers?.ActivityId, response.ErrorMessage);

    /// <summary>The exception a failed status stands for.</summary>
    public static DocumentStoreException From(HttpStatusCode status, string operation, string target, string? activityId, string? detail) =>
        status switch
        {
            HttpStatusCode.Conflict => new DocumentConflictException($"{operation}: document {target} already exists."),
            HttpStatusCode.PreconditionFailed => new DocumentPreconditionFailedException(
                $"{operation}: document {target} changed since the given ETag was read."),
            HttpStatusCode.NotFound => new DocumentNotFoundException($"{operation}: document {target} does not exist."),
            _ => new DocumentStoreException(string.Create(
                CultureInfo.InvariantCulture,
                $"{operation} on {target} failed: Cosmos DB status {(int)status} {status}, activity id {activityId ?? "none"}. {FirstLine(detail)}")),
        };

    /// <summary>
    /// Runs an SDK call whose failures normally come back as status codes; the SDK still throws for some (transport
    /// failures, timeouts after its retries), and those become <see cref="DocumentStoreException"/>s as well.
    /// </summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, string operation, string target)
    {
        try
        {
            return await call();
        }
        catch (CosmosException exception)
        {
            throw new DocumentStoreException(From(exception.StatusCode, operation, target, exception.ActivityId, exception.Message).Message, exception);
        }
    }

    /// <summary>Names a document in messages.</summary>
    public static string Target(string container, string id, string partitionKey) => $"'{id}' (partition '{partitionKey}', container '{container}')";

    // The SDK's error text repeats the status and appends pages of diagnostics; the first line says what went wrong.
    private static string FirstLine(string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail))
            return string.Empty;
        var end = detail.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? detail : detail[..end]).Trim();
    }
}
