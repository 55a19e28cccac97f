using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Publishers;

/// <summary>A publisher's own account: <c>/api/publishers/me</c>. Every read and write is scoped to the caller's publisher id.</summary>
public sealed class PublisherFunctions(HttpApi api, AccessStore access)
{
    /// <summary><c>GET /api/publishers/me</c>.</summary>
    [Function("GetMyPublisher")]
    public Task<IResult> GetMeAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "publishers/me")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
            await access.GetPublisherAsync(call.PublisherId, call.Cancellation) is { } publisher
                ? TypedResults.Ok(PublisherView.From(publisher))
                : Problems.NotFound("The publisher no longer exists."));

    /// <summary><c>POST /api/publishers/me/keys</c>: issues another key (for rotation); the key is shown only in this answer.</summary>
    [Function("CreateMyKey")]
    public Task<IResult> CreateKeyAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "publishers/me/keys")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var (outcome, key) = await access.AddPublisherKeyAsync(call.PublisherId, null, call.Cancellation);
            return outcome switch
            {
                KeyChangeOutcome.Done => TypedResults.Created($"/api/publishers/me/keys/{key!.KeyId}", key),
                KeyChangeOutcome.LimitReached => Problems.Conflict("The publisher holds the maximum number of keys; revoke one first."),
                _ => Problems.NotFound("The publisher no longer exists."),
            };
        });

    /// <summary><c>DELETE /api/publishers/me/keys/{keyId}</c>: revokes one of the caller's keys (never another publisher's).</summary>
    [Function("RevokeMyKey")]
    public Task<IResult> RevokeKeyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "publishers/me/keys/{keyId}")] HttpRequest request,
        string keyId) =>
        api.RunAsync(request, Access.Publisher, async call =>
            await access.RevokePublisherKeyAsync(call.PublisherId, keyId, call.Cancellation) switch
            {
                KeyChangeOutcome.Done => TypedResults.NoContent(),
                KeyChangeOutcome.LastKey => Problems.Conflict("This is the publisher's last key; issue a new one before revoking it."),
                _ => Problems.NotFound($"No key '{keyId}'."),
            });
}
