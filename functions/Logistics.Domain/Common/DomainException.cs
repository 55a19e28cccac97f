namespace Logistics.Domain.Common;

/// <summary>
/// Raised when a domain rule refuses an input or a state transition. The message is meant for people:
/// it names the value and the rule it broke.
/// </summary>
public class DomainException : Exception
{
    /// <summary>Creates the exception with a human-readable message.</summary>
    public DomainException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message; prefer the message overload.</summary>
    public DomainException()
    {
    }

    /// <summary>Creates the exception wrapping an inner cause.</summary>
    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
