using Logistics.Domain.Outbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Returns;

/// <summary>
/// The order references of a 180 heading or line, of which the best names the original outbound order: an N9 with OQ
/// (order number), then CO (customer order number), then PO (purchase order number), then PRF01. Each is checked as an
/// order number where it is read.
/// </summary>
internal sealed class OrderReferences
{
    /// <summary>The N901 qualifiers that name an order, best first; <c>PRF</c> stands for PRF01.</summary>
    public static readonly string[] Ranked = ["OQ", "CO", "PO", "PRF"];

    private readonly Dictionary<string, (string Value, X12ElementLocation At)> _offers = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="text"/> at <paramref name="position"/> as an order number and offers it under <paramref name="key"/>; the first offer per key counts.</summary>
    public void Offer(string key, X12ElementCheck check, int position, int reference, string name, string? text)
    {
        if (check.Parse(position, reference, name, text, OrderNumber.MaxLength, OrderNumber.Parse) is { } number)
        {
            _offers.TryAdd(key, (number.Value, check.Location(position, reference)));
        }
    }

    /// <summary>The best reference and where it was read, or null when none was given.</summary>
    public (string Value, X12ElementLocation At)? Best() =>
        Ranked.Where(_offers.ContainsKey).Select(k => _offers[k]).Cast<(string, X12ElementLocation)?>().FirstOrDefault();
}
