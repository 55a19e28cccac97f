using System.Globalization;
using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>The owners' rate cards: versions by effective date, validated strictly, frozen once a closed period used them.</summary>
public sealed class RateCards(WarehouseStore store, TimeProvider time)
{
    /// <summary>The highest price a rate may name: far above any real rate, low enough that no statement overflows.</summary>
    public const decimal MaxPrice = 1_000_000m;

    /// <summary>
    /// Creates or replaces the version of <paramref name="ownerId"/> in effect from <paramref name="effectiveFrom"/>
    /// (<c>yyyy-MM-dd</c>); the same card again changes nothing.
    /// </summary>
    /// <returns>The stored version and whether it was created.</returns>
    /// <exception cref="WarehouseValidationException">The card breaks a rule; each error names its JSON pointer.</exception>
    public async Task<(RateCardDocument Card, bool Created)> PutAsync(string ownerId, string effectiveFrom, RateCardInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (date, currency, rates) = Check(effectiveFrom, input);
        var container = await store.ContainerAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (await LastClosedPeriodAsync(container, ownerId, cancellationToken) is { } closed && date <= BillingPeriods.LastDay(closed))
        {
            // Closed statements were priced with the cards in effect then; a version dated within or before a closed
            // period would reprice (or unprice) them.
            errors.Add(new FieldError("/effectiveFrom", $"'effectiveFrom' {effectiveFrom} falls in or before the closed period {closed}; date the new version after it."));
        }

        var versions = await ListAsync(ownerId, cancellationToken);
        if (versions.FirstOrDefault(v => v.EffectiveFrom != date && v.Currency != currency) is { } other)
        {
            errors.Add(new FieldError("/currency", $"'currency' must be {other.Currency}, the currency of version {other.Version}: an owner is billed in one currency."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var card = new RateCardDocument
        {
            Id = RateCardDocument.IdOf(date), OwnerId = ownerId, EffectiveFrom = date, Currency = currency, Rates = rates, UpdatedAt = time.GetUtcNow(),
        };
        var existing = await container.ReadAsync<RateCardDocument>(card.Id, ownerId, cancellationToken);
        if (existing is not null && Same(existing.Value, card))
        {
            return (existing.Value, false);
        }

        await container.UpsertAsync(card, cancellationToken: cancellationToken);
        return (card, existing is null);
    }

    /// <summary>Every version of the owner's card, oldest first.</summary>
    public async Task<IReadOnlyList<RateCardDocument>> ListAsync(string ownerId, CancellationToken cancellationToken) =>
        await AllAsync(await store.ContainerAsync(cancellationToken), ownerId, cancellationToken);

    /// <summary>The version in effect on the warehouse date <paramref name="date"/>, or null.</summary>
    public static async Task<RateCardDocument?> InEffectAsync(IDocumentContainer container, string ownerId, DateOnly date, CancellationToken cancellationToken) =>
        (await AllAsync(container, ownerId, cancellationToken)).LastOrDefault(c => c.EffectiveFrom <= date);

    /// <summary>The latest closed period of the owner, or null.</summary>
    public static async Task<string?> LastClosedPeriodAsync(IDocumentContainer container, string ownerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(container);
        var closed = await container.QueryAllAsync<BillingPeriodDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", BillingPeriodDocument.Kind).WhereEquals("/status", BillingPeriodDocument.Closed),
            cancellationToken);
        return closed.Select(p => p.Period).Order(StringComparer.Ordinal).LastOrDefault();
    }

    // An owner has a handful of versions (one or two a year): read them all and order here, which needs no declared
    // sort order (composite index) on the shared container.
    private static async Task<IReadOnlyList<RateCardDocument>> AllAsync(IDocumentContainer container, string ownerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(container);
        var cards = await container.QueryAllAsync<RateCardDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", RateCardDocument.Kind), cancellationToken);
        return [.. cards.OrderBy(c => c.EffectiveFrom)];
    }

    private static bool Same(RateCardDocument a, RateCardDocument b) =>
        a.Currency == b.Currency
        && a.Rates.Count == b.Rates.Count
        && a.Rates.Zip(b.Rates).All(p => p.First.Service == p.Second.Service && p.First.Basis == p.Second.Basis && p.First.Price == p.Second.Price
            && (p.First.Tiers ?? []).SequenceEqual(p.Second.Tiers ?? []));

    private static (DateOnly Date, string Currency, List<RateRecord> Rates) Check(string effectiveFrom, RateCardInput input)
    {
        var errors = new List<FieldError>();
        if (!DateOnly.TryParseExact(effectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new FieldError("/effectiveFrom", $"'effectiveFrom' must be a date as yyyy-MM-dd, not '{effectiveFrom}'."));
        }

        if (!Currencies.IsSupported(input.Currency))
        {
            errors.Add(new FieldError("/currency", $"'currency' must be an ISO 4217 code of three capital letters with 0 or 2 decimals (EUR, USD, JPY), not '{input.Currency}'."));
        }

        var rates = new List<RateRecord>();
        if (input.Rates is not { Count: > 0 })
        {
            errors.Add(new FieldError("/rates", "'rates' must list at least one rate."));
        }
        else
        {
            var seen = new HashSet<(string, string)>();
            for (var i = 0; i < input.Rates.Count; i++)
            {
                var at = "/rates/" + i.ToString(CultureInfo.InvariantCulture);
                if (CheckRate(input.Rates[i], at, errors) is { } rate)
                {
                    if (!seen.Add((rate.Service, rate.Basis)))
                    {
                        errors.Add(new FieldError(at, $"'{rate.Service}' per '{rate.Basis}' is priced twice; one rate per service and basis."));
                    }

                    rates.Add(rate);
                }
            }
        }

        return errors.Count > 0 ? throw new WarehouseValidationException(errors) : (date, input.Currency!, rates);
    }

    private static RateRecord? CheckRate(RateInput? rate, string at, List<FieldError> errors)
    {
        if (rate is null)
        {
            errors.Add(new FieldError(at, "A rate must be an object {service, basis, price | tiers}."));
            return null;
        }

        var count = errors.Count;
        if (rate.Service is null || !BillingCatalog.Bases.TryGetValue(rate.Service, out var bases))
        {
            errors.Add(new FieldError(at + "/service", $"'service' must be one of {string.Join(", ", BillingCatalog.Bases.Keys)}, not '{rate.Service}'."));
        }
        else if (rate.Basis is null || !bases.Contains(rate.Basis))
        {
            errors.Add(new FieldError(at + "/basis", $"'basis' of {rate.Service} must be one of {string.Join(", ", bases)}, not '{rate.Basis}'."));
        }

        if ((rate.Price is null) == (rate.Tiers is null))
        {
            errors.Add(new FieldError(at, "A rate has either 'price' (flat) or 'tiers' (graduated), not both and not neither."));
        }
        else if (rate.Price is { } price)
        {
            CheckPrice(price, at + "/price", errors);
        }
        else if (rate.Service == BillingCatalog.Minimum)
        {
            errors.Add(new FieldError(at + "/tiers", "The monthly minimum is one amount ('price'), not tiers."));
        }
        else
        {
            CheckTiers(rate.Tiers!, at + "/tiers", errors);
        }

        return errors.Count > count ? null
            : new RateRecord(rate.Service!, rate.Basis!, rate.Price, rate.Tiers?.Select(t => new RateTier(t!.UpTo, t.Price!.Value)).ToList());
    }

    private static void CheckTiers(IReadOnlyList<RateTierInput?> tiers, string at, List<FieldError> errors)
    {
        if (tiers.Count == 0)
        {
            errors.Add(new FieldError(at, "'tiers' must list at least one band."));
            return;
        }

        decimal previous = 0;
        for (var j = 0; j < tiers.Count; j++)
        {
            var tierAt = at + "/" + j.ToString(CultureInfo.InvariantCulture);
            var tier = tiers[j];
            if (tier is null)
            {
                errors.Add(new FieldError(tierAt, "A band must be an object {upTo, price}."));
                continue;
            }

            if (tier.Price is not { } price)
            {
                errors.Add(new FieldError(tierAt + "/price", "'price' is required."));
            }
            else
            {
                CheckPrice(price, tierAt + "/price", errors);
            }

            var last = j == tiers.Count - 1;
            if (last && tier.UpTo is not null)
            {
                errors.Add(new FieldError(tierAt + "/upTo", "The last band is open: omit 'upTo', so no quantity is left unpriced."));
            }
            else if (!last && tier.UpTo is not { } upTo)
            {
                errors.Add(new FieldError(tierAt + "/upTo", "'upTo' is required on every band but the last."));
            }
            else if (!last && tier.UpTo <= previous)
            {
                errors.Add(new FieldError(tierAt + "/upTo", $"'upTo' must ascend: {tier.UpTo?.ToString(CultureInfo.InvariantCulture)} is not above {previous.ToString(CultureInfo.InvariantCulture)}."));
            }
            else if (!last)
            {
                previous = tier.UpTo!.Value;
            }
        }
    }

    private static void CheckPrice(decimal price, string at, List<FieldError> errors)
    {
        if (price < 0 || price > MaxPrice)
        {
            errors.Add(new FieldError(at, $"'price' must be from 0 to {MaxPrice.ToString(CultureInfo.InvariantCulture)}, was {price.ToString(CultureInfo.InvariantCulture)}."));
        }
    }
}
