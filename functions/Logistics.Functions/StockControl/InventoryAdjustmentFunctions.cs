using Logistics.Application.StockControl.Counts;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.StockControl;

/// <summary>The owner's side of a count: its 947 inventory adjustment advice.</summary>
public sealed class InventoryAdjustmentFunctions(HttpApi api, StockCounts counts, BusinessCalendar calendar)
{
    /// <summary>
    /// <c>GET /api/counts/{countId}/adjustments</c>: the 947 of a posted count as X12 (<c>Accept: application/edi-x12</c>)
    /// or JSON; 404 for another owner's count, one not posted yet, or one that found no variance (no 947).
    /// </summary>
    [Function("GetInventoryAdjustment")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "counts/{countId}/adjustments")] HttpRequest request,
        string countId) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var count = await counts.GetAsync(countId, call.PublisherId, call.Cancellation);
            if (count.AdviceX12 is not { } advice)
            {
                return Problems.NotFound(count.Status == CountDocument.Posted
                    ? $"Count {countId} found no variance; there is no 947 for it."
                    : $"Count {countId} is not posted yet.");
            }

            return request.Headers.Accept.ToString().Contains(X12Answer.MediaType, StringComparison.OrdinalIgnoreCase)
                ? TypedResults.Text(advice, X12Answer.MediaType)
                : TypedResults.Ok(InventoryAdjustmentView.From(count, calendar.DateOf(count.PostedAt!.Value)));
        });
}
