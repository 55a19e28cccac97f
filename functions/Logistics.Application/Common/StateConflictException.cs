namespace Logistics.Application.Common;

/// <summary>The request does not fit the resource's current state (for example a scan after the receipt closed).</summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException(string message)
        : base(message)
    {
    }

    public StateConflictException()
    {
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
