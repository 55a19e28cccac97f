using Logistics.Domain.Common;

namespace Logistics.Domain.Inventory;

/// <summary>
/// An allocation would reserve more than is free at its location. A planner that read the stock before a concurrent
/// allocation committed gets this; planning again from fresh state resolves it.
/// </summary>
public sealed class OversellException : DomainException
{
    /// <summary>Creates the exception with a human-readable message.</summary>
    public OversellException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message; prefer the message overload.</summary>
    public OversellException()
    {
    }

    /// <summary>Creates the exception wrapping an inner cause.</summary>
    public OversellException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
