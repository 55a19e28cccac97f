using System.Net;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>An Azure Blob request that failed for good: a non-retryable answer, or retries used up.</summary>
public sealed class BlobRequestFailedException : Exception
{
    public BlobRequestFailedException()
    {
    }

    public BlobRequestFailedException(string message)
        : base(message)
    {
    }

    public BlobRequestFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal BlobRequestFailedException(string message, HttpStatusCode? statusCode, string? errorCode, int attempts, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Attempts = attempts;
    }

    /// <summary>The last HTTP status, or null when no answer came (transport error).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The service's <c>x-ms-error-code</c>, e.g. <c>ServerBusy</c> or <c>AuthenticationFailed</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>How many times the request was sent.</summary>
    public int Attempts { get; }
}
