using Logistics.Application.Items;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Items;

/// <summary>The publisher's item master: <c>/api/items</c>. Every access is scoped to the caller's publisher id.</summary>
public sealed class ItemFunctions(HttpApi api, ItemCatalog catalog)
{
    /// <summary><c>PUT /api/items/{sku}</c>: creates (201) or replaces (200) the item and its barcode index.</summary>
    [Function("PutItem")]
    public Task<IResult> PutAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "items/{sku}")] HttpRequest request, string sku) =>
        api.RunAsync<ItemInput>(request, Access.Publisher, async (call, input) =>
        {
            call.Audit.Before = await catalog.FindAsync(call.PublisherId, sku, call.Cancellation);
            var (item, created) = await catalog.PutAsync(call.PublisherId, sku, input, call.Cancellation);
            return created ? TypedResults.Created($"/api/items/{Uri.EscapeDataString(item.Sku)}", item) : TypedResults.Ok(item);
        });

    /// <summary><c>GET /api/items?pageSize=&amp;continuationToken=</c>: a page of the caller's items by SKU.</summary>
    [Function("ListItems")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "items")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var query = call.Query;
            var pageSize = query.Int("pageSize", 100, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var (items, token) = await catalog.ListAsync(call.PublisherId, pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new ItemPage(items, token));
        });

    /// <summary><c>GET /api/items/{sku}</c>.</summary>
    [Function("GetItem")]
    public Task<IResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "items/{sku}")] HttpRequest request, string sku) =>
        api.RunAsync(request, Access.Publisher, async call =>
            await catalog.FindAsync(call.PublisherId, sku, call.Cancellation) is { } item
                ? TypedResults.Ok(ItemView.From(item))
                : Problems.NotFound($"No item '{sku}'."));
}
