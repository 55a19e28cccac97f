namespace Logistics.Storage.Documents;

/// <summary>
/// A batch was rolled back because the operation at <see cref="FailedOperationIndex"/> failed; the inner exception is
/// the typed failure (conflict, precondition, not found) that operation alone would have raised.
/// </summary>
public sealed class DocumentBatchException : DocumentStoreException
{
    public DocumentBatchException(int failedOperationIndex, DocumentStoreException innerException)
        : base($"Batch rolled back: operation {failedOperationIndex} failed: {innerException.Message}", innerException)
    {
        FailedOperationIndex = failedOperationIndex;
    }

    /// <summary>Zero-based index, counting every operation added to the batch (messages included).</summary>
    public int FailedOperationIndex { get; }

    /// <summary>The failure of that operation.</summary>
    public DocumentStoreException Failure => (DocumentStoreException)InnerException!;
}
