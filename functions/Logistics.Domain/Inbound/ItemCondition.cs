namespace Logistics.Domain.Inbound;

/// <summary>The condition of scanned goods as judged at the dock.</summary>
public enum ItemCondition
{
    /// <summary>Fit for storage.</summary>
    Good,

    /// <summary>Damaged: parked pending the owner's decision.</summary>
    Damaged,
}
