namespace Logistics.Application.Billing;

/// <summary>Prices statement lines: flat price × quantity, or graduated bands over the period's cumulative quantity.</summary>
public static class StatementPricing
{
    /// <summary>
    /// The unrounded amount of <paramref name="quantity"/> under <paramref name="rate"/>, when <paramref name="before"/>
    /// of the same service and basis were billed earlier in the period (under an earlier card version).
    /// </summary>
    /// <remarks>Graduated: each band prices only the part of [before, before + quantity] within it, so the 1001st unit of a 0–1000 band is at the next band's price.</remarks>
    public static decimal Amount(RateRecord rate, decimal before, decimal quantity)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (rate.Price is { } price)
        {
            return price * quantity;
        }

        decimal amount = 0, lower = 0;
        var end = before + quantity;
        foreach (var tier in rate.Tiers ?? [])
        {
            var upper = tier.UpTo ?? decimal.MaxValue;
            var from = Math.Max(lower, before);
            var to = Math.Min(upper, end);
            if (to > from)
            {
                amount += (to - from) * tier.Price;
            }

            lower = upper;
        }

        return amount;
    }
}
