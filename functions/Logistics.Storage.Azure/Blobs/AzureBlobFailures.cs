using System.Net;
using Azure;
using Azure.Storage.Blobs.Models;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Which SDK failures are outcomes of the port rather than errors, and the port's defaults.</summary>
internal static class AzureBlobFailures
{
    /// <summary>What a blob without a stored content type is read as, as in the folder store.</summary>
    internal const string DefaultContentType = "application/octet-stream";

    // ErrorCode is a string (null when the answer had none); BlobErrorCode's implicit conversion would throw on null.
    private static readonly string BlobNotFound = BlobErrorCode.BlobNotFound.ToString();

    /// <summary>
    /// The blob is absent (404 <c>BlobNotFound</c>). A 404 <c>ContainerNotFound</c> is not: a missing container is a
    /// misconfiguration, and reading it as "no such blob" would hide it.
    /// </summary>
    internal static bool IsBlobNotFound(RequestFailedException exception) =>
        exception.Status == (int)HttpStatusCode.NotFound && exception.ErrorCode == BlobNotFound;

    /// <summary>
    /// A create-only write met a blob: Azure answers 409 <c>BlobAlreadyExists</c> to <c>If-None-Match: *</c>, and
    /// 412 <c>ConditionNotMet</c> is taken to mean the same.
    /// </summary>
    internal static bool IsExistingBlob(RequestFailedException exception) =>
        exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed;

    internal static string ContentTypeOrDefault(string? contentType) =>
        string.IsNullOrEmpty(contentType) ? DefaultContentType : contentType;
}
