using System.Text.RegularExpressions;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Publishers;

/// <summary>Ops functions under <c>/api/ops</c>: publishers and keys. All need an ops key: floor staff see no publisher or key listing.</summary>
public sealed partial class OpsPublisherFunctions(HttpApi api, AccessStore access)
{
    /// <summary><c>POST /api/ops/publishers</c>: creates a publisher and its first key.</summary>
    [Function("CreatePublisher")]
    public Task<IResult> CreatePublisherAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/publishers")] HttpRequest request) =>
        api.RunAsync<CreatePublisherRequest>(request, Access.Ops, async (call, body) =>
        {
            var errors = new List<(string, string)>();
            if (!PublisherId().IsMatch(body.Id))
            {
                errors.Add(("/id", "'id' must be 2–63 lower-case letters, digits or hyphens, starting with a letter or digit."));
            }

            if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200)
            {
                errors.Add(("/name", "'name' must be 1–200 characters."));
            }

            if (errors.Count > 0)
            {
                return Problems.Validation([.. errors]);
            }

            call.Audit.OwnerId = body.Id;
            var key = await access.CreatePublisherAsync(body.Id, body.Name.Trim(), null, call.Cancellation);
            if (key is null)
            {
                return Problems.Conflict($"Publisher '{body.Id}' already exists.");
            }

            var publisher = await access.GetPublisherAsync(body.Id, call.Cancellation);
            return TypedResults.Created($"/api/ops/publishers/{body.Id}", new CreatedPublisher(PublisherView.From(publisher!), key));
        });

    /// <summary><c>GET /api/ops/publishers?pageSize=&amp;continuationToken=</c>: pages of publishers by id.</summary>
    [Function("ListPublishers")]
    public Task<IResult> ListPublishersAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/publishers")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var pageSize = query.Int("pageSize", 50, 1, 200);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var page = await access.ListPublishersAsync(pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new PublisherPage([.. page.Items.Select(d => PublisherView.From(d.Value))], page.ContinuationToken));
        });

    /// <summary><c>GET /api/ops/publishers/{publisherId}</c>.</summary>
    [Function("GetPublisher")]
    public Task<IResult> GetPublisherAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/publishers/{publisherId}")] HttpRequest request,
        string publisherId) =>
        api.RunAsync(request, Access.Ops, async call =>
            await access.GetPublisherAsync(publisherId, call.Cancellation) is { } publisher
                ? TypedResults.Ok(PublisherView.From(publisher))
                : Problems.NotFound($"No publisher '{publisherId}'."));

    /// <summary><c>POST /api/ops/publishers/{publisherId}/keys</c>: issues a key to a publisher.</summary>
    [Function("CreatePublisherKey")]
    public Task<IResult> CreatePublisherKeyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/publishers/{publisherId}/keys")] HttpRequest request,
        string publisherId) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var (outcome, key) = await access.AddPublisherKeyAsync(publisherId, null, call.Cancellation);
            return outcome switch
            {
                KeyChangeOutcome.Done => TypedResults.Created($"/api/ops/publishers/{publisherId}", key),
                KeyChangeOutcome.LimitReached => Problems.Conflict("The publisher holds the maximum number of keys; revoke one first."),
                _ => Problems.NotFound($"No publisher '{publisherId}'."),
            };
        });

    /// <summary><c>POST /api/ops/keys</c>: issues an ops or floor key.</summary>
    [Function("CreateRoleKey")]
    public Task<IResult> CreateRoleKeyAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/keys")] HttpRequest request) =>
        api.RunAsync<CreateRoleKeyRequest>(request, Access.Ops, async (call, body) =>
        {
            var carrier = body.Carrier?.Trim().ToUpperInvariant();
            return body.Role switch
            {
                Roles.Ops or Roles.Floor when carrier is null => TypedResults.Created("/api/ops/keys", await access.CreateRoleKeyAsync(body.Role, null, call.Cancellation)),
                Roles.Carrier when carrier is not null && Scac().IsMatch(carrier) =>
                    TypedResults.Created("/api/ops/keys", await access.CreateRoleKeyAsync(body.Role, null, call.Cancellation, carrier)),
                Roles.Carrier => Problems.Validation(("/carrier", "A carrier key needs 'carrier': the carrier's SCAC, 2–4 letters.")),
                Roles.Ops or Roles.Floor => Problems.Validation(("/carrier", "Only a carrier key names a carrier.")),
                _ => Problems.Validation(("/role", $"'role' must be '{Roles.Ops}', '{Roles.Floor}' or '{Roles.Carrier}'.")),
            };
        });

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex PublisherId();

    [GeneratedRegex("^[A-Z]{2,4}$")]
    private static partial Regex Scac();
}
