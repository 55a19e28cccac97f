namespace Logistics.Storage.Documents;

/// <summary>Raised when the ETag given as ifMatch is stale.</summary>
public sealed class DocumentPreconditionFailedException : DocumentStoreException
{
    public DocumentPreconditionFailedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public DocumentPreconditionFailedException()
    {
    }

    public DocumentPreconditionFailedException(string message)
        : base(message)
    {
    }
}
