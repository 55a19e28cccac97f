namespace Logistics.Domain.Inbound;

/// <summary>How a receipt line differs from the notice; a line can have several at once (short and damaged).</summary>
[Flags]
public enum Discrepancy
{
    /// <summary>Received exactly as notified, all good.</summary>
    None = 0,

    /// <summary>More units arrived than notified (including items or lots not on the notice).</summary>
    Over = 1,

    /// <summary>Fewer units arrived than notified.</summary>
    Short = 2,

    /// <summary>Some units arrived damaged.</summary>
    Damaged = 4,

    /// <summary>The barcode matched no item of the owner.</summary>
    UnknownItem = 8,
}
