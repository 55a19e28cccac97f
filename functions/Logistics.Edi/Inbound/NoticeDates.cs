using Logistics.Edi.X12;

namespace Logistics.Edi.Inbound;

/// <summary>
/// Picks a notice's expected date from the dates a set carries, by rank (a delivery date beats a ship date). Keys are
/// date qualifiers (G6201, DTM01) or the element a mapper offers (<c>W0603</c>, <c>BSN03</c>).
/// </summary>
/// <param name="ranked">Every key that may give the expected date, best first; other qualifiers are read and ignored.</param>
internal sealed class NoticeDates(params string[] ranked)
{
    private readonly Dictionary<string, (DateOnly Date, X12ElementLocation At)> _offers = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> can give the expected date.</summary>
    public bool Ranks(string key) => ranked.Contains(key);

    /// <summary>Offers a date under <paramref name="key"/>; the first offer per key counts.</summary>
    public void Offer(string key, DateOnly? date, X12ElementLocation at)
    {
        if (date is { } value && Ranks(key))
        {
            _offers.TryAdd(key, (value, at));
        }
    }

    /// <summary>The best offered date and where it was read, or <c>null</c> when no ranked date was offered.</summary>
    public (DateOnly Date, X12ElementLocation At)? Expected() =>
        ranked.Where(_offers.ContainsKey).Select(k => _offers[k]).Cast<(DateOnly, X12ElementLocation)?>().FirstOrDefault();
}
