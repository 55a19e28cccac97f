using Logistics.Application.Billing;
using Logistics.Application.Events;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Billing;

/// <summary>Billing test steps: rate cards, events applied through the consumer, and the lines they left.</summary>
public static class Rating
{
    public const string Owner = Notices.Owner;

    /// <summary>Puts a rate card version from <c>(service, basis, price)</c> triples.</summary>
    public static Task<(RateCardDocument Card, bool Created)> CardAsync(TestWarehouse warehouse, string effectiveFrom, params (string Service, string Basis, decimal Price)[] rates) =>
        CardAsync(warehouse, effectiveFrom, "EUR", [.. rates.Select(r => new RateInput(r.Service, r.Basis, r.Price, null))]);

    /// <summary>Puts a rate card version.</summary>
    public static Task<(RateCardDocument Card, bool Created)> CardAsync(TestWarehouse warehouse, string effectiveFrom, string currency, IReadOnlyList<RateInput?> rates) =>
        warehouse.Get<RateCards>().PutAsync(Owner, effectiveFrom, new RateCardInput(currency, rates), CancellationToken.None);

    /// <summary>An event of the owner at <paramref name="at"/>.</summary>
    public static WarehouseEvent Event(string id, string type, string subject, DateTimeOffset at, object payload) =>
        new($"{Owner}~{id}", type, Owner, $"{Owner}~{subject}", at, payload);

    /// <summary>Applies an event through the billing consumer's apply-once step.</summary>
    public static Task<bool> ApplyAsync(TestWarehouse warehouse, WarehouseEvent warehouseEvent) =>
        warehouse.Get<EventConsumer>().ApplyOnceAsync(warehouse.Get<BillingRater>(), warehouseEvent, CancellationToken.None);

    /// <summary>Drains what the warehouse sent to the billing subscription.</summary>
    public static Task<DrainReport> DrainAsync(TestWarehouse warehouse) =>
        warehouse.Get<EventConsumer>().DrainAsync(warehouse.Get<BillingRater>(), TimeSpan.Zero, CancellationToken.None);

    /// <summary>The owner's charge lines.</summary>
    public static Task<List<ChargeLineDocument>> LinesAsync(TestWarehouse warehouse) =>
        warehouse.AllAsync<ChargeLineDocument>(Owner, ChargeLineDocument.Kind);

    /// <summary>The summed quantity per service and basis of the given status.</summary>
    public static async Task<Dictionary<(string, string), decimal>> QuantitiesAsync(TestWarehouse warehouse, string status = ChargeLineDocument.Rated) =>
        (await LinesAsync(warehouse)).Where(l => l.Status == status).GroupBy(l => (l.Service, l.Basis)).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
}
