namespace Logistics.Storage.Documents;

/// <summary>Base of the typed failures every document store adapter raises for the same conditions.</summary>
public class DocumentStoreException : Exception
{
    public DocumentStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public DocumentStoreException()
    {
    }

    public DocumentStoreException(string message)
        : base(message)
    {
    }
}
