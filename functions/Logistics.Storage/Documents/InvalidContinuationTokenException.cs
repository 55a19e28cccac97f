namespace Logistics.Storage.Documents;

/// <summary>
/// A query's <see cref="DocumentQuery.ContinuationToken"/> was not issued by this store for this query: garbage,
/// truncated, altered, or issued for another container, partition, filter or order. Every adapter raises it alike, so
/// callers can answer a client's bad token as a bad request instead of a store failure.
/// </summary>
/// <remarks>An <see cref="ArgumentException"/>: the fault is the caller's argument, not the store.</remarks>
public sealed class InvalidContinuationTokenException : ArgumentException
{
    /// <summary>The message every adapter uses.</summary>
    public const string DefaultMessage = "The continuation token is not one this store issued for this query.";

    public InvalidContinuationTokenException()
        : base(DefaultMessage, nameof(DocumentQuery.ContinuationToken))
    {
    }

    public InvalidContinuationTokenException(string message)
        : base(message, nameof(DocumentQuery.ContinuationToken))
    {
    }

    public InvalidContinuationTokenException(string message, Exception? innerException)
        : base(message, nameof(DocumentQuery.ContinuationToken), innerException)
    {
    }
}
