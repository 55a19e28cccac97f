using System.Security.Claims;
using Logistics.Application.Items;
using Logistics.Functions.Errors;
using Logistics.Functions.Inbound;
using Logistics.Functions.Security;

namespace Logistics.Functions.Items;

/// <summary>The publisher's item master: <c>/api/items</c>. Every access is scoped to the caller's publisher id.</summary>
public static class ItemEndpoints
{
    /// <summary><c>PUT /api/items/{sku}</c>: creates (201) or replaces (200) the item and its barcode index.</summary>
    public static Task<IResult> PutAsync(string sku, ItemInput input, ClaimsPrincipal user, ItemCatalog catalog, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () =>
        {
            var (item, created) = await catalog.PutAsync(user.GetPublisherId(), sku, input, cancellationToken);
            return created ? TypedResults.Created($"/api/items/{Uri.EscapeDataString(item.Sku)}", item) : TypedResults.Ok(item);
        });

    /// <summary><c>GET /api/items</c>: a page of the caller's items by SKU.</summary>
    public static Task<IResult> ListAsync(ClaimsPrincipal user, ItemCatalog catalog, CancellationToken cancellationToken, int pageSize = 100, string? continuationToken = null) =>
        WarehouseResults.RunAsync(async () =>
        {
            if (pageSize is < 1 or > 1000)
            {
                return Problems.Validation(("/pageSize", "'pageSize' must be between 1 and 1000."));
            }

            var (items, token) = await catalog.ListAsync(user.GetPublisherId(), pageSize, continuationToken, cancellationToken);
            return TypedResults.Ok(new ItemPage(items, token));
        });

    /// <summary><c>GET /api/items/{sku}</c>.</summary>
    public static Task<IResult> GetAsync(string sku, ClaimsPrincipal user, ItemCatalog catalog, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () =>
            await catalog.FindAsync(user.GetPublisherId(), sku, cancellationToken) is { } item
                ? TypedResults.Ok(ItemView.From(item))
                : Problems.NotFound($"No item '{sku}'."));
}
