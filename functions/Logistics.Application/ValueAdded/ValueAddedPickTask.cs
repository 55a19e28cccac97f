namespace Logistics.Application.ValueAdded;

/// <summary>Take these units of an input from a storage location to the processing area; confirmed by scan.</summary>
/// <param name="TaskNumber">1-based within the job.</param>
/// <param name="Sku">The input item.</param>
/// <param name="Lot">The reserved lot, or null.</param>
/// <param name="Location">The storage location the units are reserved at (and where a cancellation takes them back).</param>
/// <param name="Units">Units reserved.</param>
/// <param name="Picked">Units taken to the processing area so far.</param>
/// <param name="ScanIds">The scans booked on the task (a resent scan changes nothing).</param>
/// <param name="Restored">Picked units a cancellation took back to <paramref name="Location"/>.</param>
public sealed record ValueAddedPickTask(int TaskNumber, string Sku, string? Lot, string Location, int Units, int Picked = 0, IReadOnlyList<string>? ScanIds = null, int Restored = 0)
{
    /// <summary>The scans booked on the task.</summary>
    public IReadOnlyList<string> ScanIds { get; init; } = ScanIds ?? [];

    /// <summary>True while units of the task are still to be picked.</summary>
    public bool IsOpen => Picked < Units;
}
