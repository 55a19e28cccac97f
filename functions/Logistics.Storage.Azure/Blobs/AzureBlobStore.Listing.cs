using System.Runtime.CompilerServices;
using Azure.Storage.Blobs.Models;
using BlobItem = Logistics.Storage.Blobs.BlobItem;
using SdkBlobItem = Azure.Storage.Blobs.Models.BlobItem;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>List Blobs, page by page.</summary>
public sealed partial class AzureBlobStore
{
    /// <inheritdoc />
    /// <remarks>The service returns names in lexicographic order page by page, so pages are streamed, not sorted.</remarks>
    public async IAsyncEnumerable<BlobItem> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var pages = _container
            .GetBlobsAsync(new GetBlobsOptions { Prefix = prefix.Length == 0 ? null : prefix }, cancellationToken)
            .AsPages(continuationToken: null, pageSizeHint: _listPageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            foreach (var blob in page.Values)
                yield return ToItem(blob);
        }
    }

    private static BlobItem ToItem(SdkBlobItem blob) =>
        new(
            blob.Name,
            blob.Properties.ContentLength ?? 0,
            AzureBlobFailures.ContentTypeOrDefault(blob.Properties.ContentType),
            blob.Properties.LastModified ?? default);
}
