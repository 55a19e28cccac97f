using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>
/// Rates again the unrated lines of an open period after ops fixed the rate card, leaving what rating with the fixed card
/// would have left: per event and service, the bases the card in effect on the billing date now prices become rated, and
/// the event's other unrated bases of that service are removed (the card bills the service on a basis the event offered).
/// </summary>
/// <remarks>
/// Each event's lines are rewritten under their ETags together with the period document (under its ETag), as the rater
/// files lines, so a re-rate and a close cannot interleave. A line of unknown quantity whose basis the card prices stays
/// unrated: no card can price it.
/// </remarks>
public sealed class ChargeRerating(WarehouseStore store)
{
    /// <summary>Re-rates the period's unrated lines; returns how many became rated.</summary>
    /// <exception cref="WarehouseValidationException">The period is not <c>yyyy-MM</c>.</exception>
    /// <exception cref="StateConflictException">The period is closed.</exception>
    public async Task<int> RerateAsync(string ownerId, string period, CancellationToken cancellationToken)
    {
        if (BillingPeriods.FirstDay(period) is null)
        {
            throw new WarehouseValidationException("/period", $"'period' must be a month as yyyy-MM, not '{period}'.");
        }

        var container = await store.ContainerAsync(cancellationToken);
        var unrated = await container.QueryAllAsync<ChargeLineDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }
                .WhereEquals("/type", ChargeLineDocument.Kind).WhereEquals("/period", period).WhereEquals("/status", ChargeLineDocument.Unrated),
            cancellationToken);
        var rated = 0;
        foreach (var group in unrated.GroupBy(l => (l.EventId, l.Service)))
        {
            rated += await RerateGroupAsync(container, ownerId, period, [.. group.Select(l => l.Id)], cancellationToken);
        }

        return rated;
    }

    private static async Task<int> RerateGroupAsync(IDocumentContainer container, string ownerId, string period, List<string> ids, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var state = await container.ReadAsync<BillingPeriodDocument>(BillingPeriodDocument.IdOf(period), ownerId, cancellationToken);
            if (state is null || state.Value.IsClosed)
            {
                throw new StateConflictException($"Period {period} is closed; its lines are final.");
            }

            var lines = new List<Document<ChargeLineDocument>>();
            foreach (var id in ids)
            {
                if (await container.ReadAsync<ChargeLineDocument>(id, ownerId, cancellationToken) is { Value.Status: ChargeLineDocument.Unrated } line)
                {
                    lines.Add(line);
                }
            }

            var card = lines.Count == 0 ? null : await RateCards.InEffectAsync(container, ownerId, lines[0].Value.BillingDate, cancellationToken);
            var priced = lines.Where(l => card?.RateFor(l.Value.Service, l.Value.Basis) is not null).ToList();
            if (card is null || priced.Count == 0)
            {
                return 0;
            }

            var batch = container.CreateBatch(ownerId);
            var rated = 0;
            foreach (var line in lines)
            {
                if (!priced.Contains(line))
                {
                    batch.Delete(line.Id, line.ETag);
                }
                else if (line.Value.Quantity > 0)
                {
                    batch.Replace(line.Value with { Status = ChargeLineDocument.Rated, Reason = null, RateCardVersion = card.Version }, line.ETag);
                    rated++;
                }
            }

            try
            {
                await batch.Replace(state.Value, state.ETag).ExecuteAsync(cancellationToken);
                return rated;
            }
            catch (DocumentBatchException exception) when (attempt < 10 && exception.Failure is DocumentPreconditionFailedException or DocumentNotFoundException)
            {
                // A line was filed, the period closed or another re-rate ran meanwhile: read again.
            }
        }
    }
}
