namespace Logistics.Storage.Azure.Blobs;

/// <summary>Adds the credentials to a fully built request, just before it is sent (once per attempt).</summary>
internal interface IBlobRequestAuthorizer
{
    /// <summary>A name for logs and messages: "SharedKey", "SAS" or "Bearer".</summary>
    string Scheme { get; }

    ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
