namespace Logistics.Application.Outbound;

/// <summary>One pick: take units of one lot from one storage location for one order line.</summary>
/// <param name="TaskNumber">Number within the order, from 1.</param>
/// <param name="LineNumber">The order line it fills.</param>
/// <param name="Sku">The item.</param>
/// <param name="Lot">The lot reserved.</param>
/// <param name="Location">The storage location reserved.</param>
/// <param name="Units">Units reserved for this task.</param>
/// <remarks>While the task is open its <see cref="Units"/> − <see cref="Picked"/> stay reserved; closing it releases the rest.</remarks>
public sealed record PickTaskRecord(int TaskNumber, int LineNumber, string Sku, string? Lot, string Location, int Units)
{
    /// <summary>An open task.</summary>
    public const string Open = "Open";

    /// <summary>Everything was picked.</summary>
    public const string Done = "Done";

    /// <summary>The picker found fewer units than reserved; the rest was released.</summary>
    public const string Short = "Short";

    /// <summary>Released unpicked because the order was cancelled or replaced.</summary>
    public const string Released = "Released";

    /// <summary>Units picked.</summary>
    public int Picked { get; init; }

    /// <summary><see cref="Open"/>, <see cref="Done"/>, <see cref="Short"/> or <see cref="Released"/>.</summary>
    public string Status { get; init; } = Open;

    /// <summary>The scans booked on this task (their ids make a repeated scan a no-op).</summary>
    public IReadOnlyList<string> ScanIds { get; init; } = [];

    /// <summary>True while units are reserved for it.</summary>
    public bool IsOpen => Status == Open;

    /// <summary>Units still reserved.</summary>
    public int Remaining => IsOpen ? Units - Picked : 0;
}
