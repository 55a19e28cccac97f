namespace Logistics.Domain.Returns;

/// <summary>The condition the floor finds returned goods in, per scan.</summary>
public enum ReturnCondition
{
    /// <summary>As new: fit to go back on the shelf.</summary>
    Good,

    /// <summary>Damaged packaging or goods.</summary>
    Damaged,

    /// <summary>Past (or too near) its expiry to be sold.</summary>
    Expired,

    /// <summary>Faulty or incomplete (a misprint, a missing part).</summary>
    Defective,
}
