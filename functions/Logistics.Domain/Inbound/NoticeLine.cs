using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Inbound;

/// <summary>One expected item on an inbound notice, in eaches (cases are converted by the caller via the item master).</summary>
public sealed record NoticeLine
{
    /// <summary>Creates a line.</summary>
    /// <exception cref="DomainException"><paramref name="lineNumber"/> is not positive.</exception>
    public NoticeLine(int lineNumber, Sku sku, Quantity expectedQuantity, LotNumber? lot = null, DateOnly? expiry = null)
    {
        ArgumentNullException.ThrowIfNull(sku);
        if (lineNumber < 1)
        {
            throw new DomainException($"Notice line number must be positive, was {lineNumber}.");
        }

        LineNumber = lineNumber;
        Sku = sku;
        ExpectedQuantity = expectedQuantity;
        Lot = lot;
        Expiry = expiry;
    }

    /// <summary>The owner's line number, unique in the notice.</summary>
    public int LineNumber { get; }

    /// <summary>Expected item.</summary>
    public Sku Sku { get; }

    /// <summary>Expected units.</summary>
    public Quantity ExpectedQuantity { get; }

    /// <summary>Expected lot, when the owner gave one; scans of another lot do not match this line.</summary>
    public LotNumber? Lot { get; }

    /// <summary>Expected expiry date, when given.</summary>
    public DateOnly? Expiry { get; }

    /// <summary>True when a scan of <paramref name="sku"/> and <paramref name="lot"/> belongs to this line.</summary>
    public bool Matches(Sku sku, LotNumber? lot) => Sku == sku && (Lot is null || Lot == lot);
}
