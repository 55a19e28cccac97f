namespace Logistics.Storage.Documents;

/// <summary>Raised when the document does not exist.</summary>
public sealed class DocumentNotFoundException : DocumentStoreException
{
    public DocumentNotFoundException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public DocumentNotFoundException()
    {
    }

    public DocumentNotFoundException(string message)
        : base(message)
    {
    }
}
