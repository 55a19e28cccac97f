namespace Logistics.Storage.Documents;

/// <summary>Raised when the id already exists in the partition.</summary>
public sealed class DocumentConflictException : DocumentStoreException
{
    public DocumentConflictException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public DocumentConflictException()
    {
    }

    public DocumentConflictException(string message)
        : base(message)
    {
    }
}
