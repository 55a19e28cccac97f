using System.Text.RegularExpressions;
using Logistics.Functions.Errors;
using Logistics.Functions.Security;

namespace Logistics.Functions.Endpoints;

/// <summary>Staff endpoints under <c>/api/ops</c>: publishers and keys.</summary>
public static partial class OpsEndpoints
{
    /// <summary><c>POST /api/ops/publishers</c>: creates a publisher and its first key.</summary>
    public static async Task<IResult> CreatePublisherAsync(CreatePublisherRequest request, AccessStore access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<(string, string)>();
        if (!PublisherId().IsMatch(request.Id))
        {
            errors.Add(("/id", "'id' must be 2–63 lower-case letters, digits or hyphens, starting with a letter or digit."));
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors.Add(("/name", "'name' must be 1–200 characters."));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation([.. errors]);
        }

        var key = await access.CreatePublisherAsync(request.Id, request.Name.Trim(), null, cancellationToken);
        if (key is null)
        {
            return Problems.Conflict($"Publisher '{request.Id}' already exists.");
        }

        var publisher = await access.GetPublisherAsync(request.Id, cancellationToken);
        return TypedResults.Created($"/api/ops/publishers/{request.Id}", new CreatedPublisher(PublisherView.From(publisher!), key));
    }

    /// <summary><c>GET /api/ops/publishers</c>: pages of publishers by id.</summary>
    public static async Task<IResult> ListPublishersAsync(
        AccessStore access,
        CancellationToken cancellationToken,
        int pageSize = 50,
        string? continuationToken = null)
    {
        if (pageSize is < 1 or > 200)
        {
            return Problems.Validation(("/pageSize", "'pageSize' must be between 1 and 200."));
        }

        var page = await access.ListPublishersAsync(pageSize, continuationToken, cancellationToken);
        return TypedResults.Ok(new PublisherPage([.. page.Items.Select(d => PublisherView.From(d.Value))], page.ContinuationToken));
    }

    /// <summary><c>GET /api/ops/publishers/{publisherId}</c>.</summary>
    public static async Task<IResult> GetPublisherAsync(string publisherId, AccessStore access, CancellationToken cancellationToken)
    {
        var publisher = await access.GetPublisherAsync(publisherId, cancellationToken);
        return publisher is null ? Problems.NotFound($"No publisher '{publisherId}'.") : TypedResults.Ok(PublisherView.From(publisher));
    }

    /// <summary><c>POST /api/ops/publishers/{publisherId}/keys</c>: issues a key to a publisher.</summary>
    public static async Task<IResult> CreatePublisherKeyAsync(string publisherId, AccessStore access, CancellationToken cancellationToken)
    {
        var (outcome, key) = await access.AddPublisherKeyAsync(publisherId, null, cancellationToken);
        return outcome switch
        {
            KeyChangeOutcome.Done => TypedResults.Created($"/api/ops/publishers/{publisherId}", key),
            KeyChangeOutcome.LimitReached => Problems.Conflict("The publisher holds the maximum number of keys; revoke one first."),
            _ => Problems.NotFound($"No publisher '{publisherId}'."),
        };
    }

    /// <summary><c>POST /api/ops/keys</c>: issues an ops or floor key.</summary>
    public static async Task<IResult> CreateRoleKeyAsync(CreateRoleKeyRequest request, AccessStore access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Role is not (Roles.Ops or Roles.Floor))
        {
            return Problems.Validation(("/role", $"'role' must be '{Roles.Ops}' or '{Roles.Floor}'."));
        }

        var key = await access.CreateRoleKeyAsync(request.Role, null, cancellationToken);
        return TypedResults.Created("/api/ops/keys", key);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex PublisherId();
}
