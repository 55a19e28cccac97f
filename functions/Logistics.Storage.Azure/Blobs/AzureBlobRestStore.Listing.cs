using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>List Blobs, page by page.</summary>
public sealed partial class AzureBlobRestStore
{
    /// <inheritdoc />
    /// <remarks>The service returns names in lexicographic order page by page, so pages are streamed, not sorted.</remarks>
    public async IAsyncEnumerable<BlobItem> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        string? marker = null;
        do
        {
            var query = "?restype=container&comp=list"
                + (prefix.Length > 0 ? "&prefix=" + Uri.EscapeDataString(prefix) : string.Empty)
                + (_listPageSize is { } size ? "&maxresults=" + size.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + (marker is null ? string.Empty : "&marker=" + Uri.EscapeDataString(marker));
            var (response, attempts) = await SendAsync(
                "List Blobs",
                prefix,
                () => new HttpRequestMessage(HttpMethod.Get, new Uri(ContainerUri.AbsoluteUri + query)),
                cancellationToken).ConfigureAwait(false);
            XDocument page;
            using (response)
            {
                await EnsureSuccessAsync(response, "List Blobs", prefix, attempts, cancellationToken).ConfigureAwait(false);
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                    page = await XDocument.LoadAsync(stream, LoadOptions.None, cancellationToken).ConfigureAwait(false);
            }

            var results = page.Root ?? throw new BlobRequestFailedException("Azure Blob List Blobs answered an empty document.");
            foreach (var blob in results.Element("Blobs")?.Elements("Blob") ?? [])
                yield return ToItem(blob);
            marker = results.Element("NextMarker")?.Value;
        }
        while (!string.IsNullOrEmpty(marker));
    }

    private static BlobItem ToItem(XElement blob)
    {
        var nameElement = blob.Element("Name") ?? throw new BlobRequestFailedException("Azure Blob List Blobs answered a <Blob> without <Name>.");

        // Names with characters XML cannot carry come percent-encoded and flagged (versions 2020-06-12+).
        var name = (string?)nameElement.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(nameElement.Value) : nameElement.Value;
        var properties = blob.Element("Properties");
        var length = long.Parse(properties?.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture);
        var contentType = properties?.Element("Content-Type")?.Value;
        var lastModified = DateTimeOffset.Parse(
            properties?.Element("Last-Modified")?.Value ?? "Mon, 01 Jan 0001 00:00:00 GMT",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal);
        return new BlobItem(name, length, string.IsNullOrEmpty(contentType) ? "application/octet-stream" : contentType, lastModified);
    }
}
