using System.Security.Claims;
using Logistics.Functions.Errors;
using Logistics.Functions.Security;

namespace Logistics.Functions.Endpoints;

/// <summary>A publisher's own account: <c>/api/publishers/me</c>. Every read and write is scoped to the caller's publisher id.</summary>
public static class PublisherEndpoints
{
    /// <summary><c>GET /api/publishers/me</c>.</summary>
    public static async Task<IResult> GetMeAsync(ClaimsPrincipal user, AccessStore access, CancellationToken cancellationToken)
    {
        var publisher = await access.GetPublisherAsync(user.GetPublisherId(), cancellationToken);
        return publisher is null ? Problems.NotFound("The publisher no longer exists.") : TypedResults.Ok(PublisherView.From(publisher));
    }

    /// <summary><c>POST /api/publishers/me/keys</c>: issues another key (for rotation); the key is shown only in this answer.</summary>
    public static async Task<IResult> CreateKeyAsync(ClaimsPrincipal user, AccessStore access, CancellationToken cancellationToken)
    {
        var (outcome, key) = await access.AddPublisherKeyAsync(user.GetPublisherId(), null, cancellationToken);
        return outcome switch
        {
            KeyChangeOutcome.Done => TypedResults.Created($"/api/publishers/me/keys/{key!.KeyId}", key),
            KeyChangeOutcome.LimitReached => Problems.Conflict("The publisher holds the maximum number of keys; revoke one first."),
            _ => Problems.NotFound("The publisher no longer exists."),
        };
    }

    /// <summary><c>DELETE /api/publishers/me/keys/{keyId}</c>: revokes one of the caller's keys (never another publisher's).</summary>
    public static async Task<IResult> RevokeKeyAsync(string keyId, ClaimsPrincipal user, AccessStore access, CancellationToken cancellationToken) =>
        await access.RevokePublisherKeyAsync(user.GetPublisherId(), keyId, cancellationToken) switch
        {
            KeyChangeOutcome.Done => TypedResults.NoContent(),
            KeyChangeOutcome.LastKey => Problems.Conflict("This is the publisher's last key; issue a new one before revoking it."),
            _ => Problems.NotFound($"No key '{keyId}'."),
        };
}
