namespace Logistics.Storage.Messaging;

/// <summary>Raised when settling a message whose lock expired (and may now be held by another receiver).</summary>
public sealed class MessageLockLostException : Exception
{
    public MessageLockLostException(string message)
        : base(message)
    {
    }

    public MessageLockLostException()
    {
    }

    public MessageLockLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
