namespace Logistics.Application.Events;

/// <summary>A message body that is not an event envelope this code reads; retrying cannot help, so it is dead-lettered.</summary>
public sealed class EventFormatException : Exception
{
    public EventFormatException(string message)
        : base(message)
    {
    }

    public EventFormatException()
    {
    }

    public EventFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
