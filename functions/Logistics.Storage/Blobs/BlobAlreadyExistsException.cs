namespace Logistics.Storage.Blobs;

/// <summary>Raised by a create-only put when the blob exists.</summary>
public sealed class BlobAlreadyExistsException : Exception
{
    public BlobAlreadyExistsException(string message)
        : base(message)
    {
    }

    public BlobAlreadyExistsException()
    {
    }

    public BlobAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
