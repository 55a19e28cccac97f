using System.Net;
using System.Text;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>Builds SDK response messages for the tests that mock the SDK.</summary>
internal static class CosmosResponses
{
    public static ResponseMessage Message(
        HttpStatusCode status, string? body = null, string? etag = null, string? activityId = null, string? continuation = null, string? error = null)
    {
        var response = new ResponseMessage(status, requestMessage: null, errorMessage: error);
        if (body is not null)
            response.Content = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (etag is not null)
            response.Headers.Add("etag", etag);
        if (activityId is not null)
            response.Headers.Add("x-ms-activity-id", activityId);
        if (continuation is not null)
            response.Headers.Add("x-ms-continuation", continuation);
        return response;
    }

    /// <summary>A query or change feed page holding <paramref name="documents"/> (JSON objects).</summary>
    public static ResponseMessage Page(HttpStatusCode status, string? continuation, params string[] documents) =>
        Message(status, "{\"Documents\":[" + string.Join(",", documents) + "],\"_count\":" + documents.Length + "}", continuation: continuation);
}
