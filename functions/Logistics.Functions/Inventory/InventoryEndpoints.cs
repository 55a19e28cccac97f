using System.Security.Claims;
using Logistics.Application.Inventory;
using Logistics.Domain.Inventory;
using Logistics.Functions.Errors;
using Logistics.Functions.Inbound;
using Logistics.Functions.Security;

namespace Logistics.Functions.Inventory;

/// <summary>The publisher's stock: <c>/api/inventory</c> and its ledger.</summary>
public static class InventoryEndpoints
{
    /// <summary><c>GET /api/inventory?sku=&amp;lot=&amp;location=&amp;status=&amp;asOf=</c>: balances now, or at a past instant from the ledger.</summary>
    public static Task<IResult> GetBalancesAsync(
        ClaimsPrincipal user, InventoryQueries inventory, CancellationToken cancellationToken,
        string? sku = null, string? lot = null, string? location = null, string? status = null, DateTimeOffset? asOf = null) =>
        WarehouseResults.RunAsync(async () =>
        {
            StockStatus? parsed = null;
            if (status is not null)
            {
                if (!Enum.TryParse<StockStatus>(status, ignoreCase: true, out var value) || int.TryParse(status, out _))
                {
                    return Problems.Validation(("/status", $"'status' must be one of {string.Join(", ", Enum.GetNames<StockStatus>())}."));
                }

                parsed = value;
            }

            return TypedResults.Ok(await inventory.BalancesAsync(user.GetPublisherId(), new InventoryFilter(sku, lot, location, parsed), asOf, cancellationToken));
        });

    /// <summary><c>GET /api/inventory/ledger?sku=&amp;from=&amp;to=</c>: movements in time order, paged.</summary>
    public static Task<IResult> GetLedgerAsync(
        ClaimsPrincipal user, InventoryQueries inventory, CancellationToken cancellationToken,
        string? sku = null, DateTimeOffset? from = null, DateTimeOffset? to = null, int pageSize = 100, string? continuationToken = null) =>
        WarehouseResults.RunAsync(async () =>
        {
            if (pageSize is < 1 or > 1000)
            {
                return Problems.Validation(("/pageSize", "'pageSize' must be between 1 and 1000."));
            }

            var (movements, token) = await inventory.LedgerAsync(user.GetPublisherId(), sku, from, to, pageSize, continuationToken, cancellationToken);
            return TypedResults.Ok(new LedgerPage(movements, token));
        });
}
