using Logistics.Storage.Blobs;

namespace Logistics.Functions.Reports;

/// <summary>One of the publisher's report files in blob storage.</summary>
/// <param name="Kind">The folder: a report kind, or <c>statements</c>.</param>
/// <param name="File">The file name within it (<c>2026-12-01.csv</c>).</param>
/// <param name="Blob">The blob's full name.</param>
/// <param name="Length">Bytes.</param>
/// <param name="ContentType">Its content type.</param>
/// <param name="LastModified">When it was written.</param>
/// <param name="Href">Where to download it.</param>
public sealed record ReportFileView(string Kind, string File, string Blob, long Length, string ContentType, DateTimeOffset LastModified, string Href)
{
    /// <summary>The view of <paramref name="blob"/>, listed under the owner's folder <paramref name="folder"/>.</summary>
    public static ReportFileView? From(BlobItem blob, string folder, string baseUri)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var relative = blob.Name[folder.Length..];
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || relative.IndexOf('/', slash + 1) >= 0)
        {
            return null; // not a report file of the layout (reports/{owner}/{kind}/{file})
        }

        var kind = relative[..slash];
        var file = relative[(slash + 1)..];
        return new ReportFileView(kind, file, blob.Name, blob.Length, blob.ContentType, blob.LastModified,
            $"{baseUri}/api/reports/files/{Uri.EscapeDataString(kind)}/{Uri.EscapeDataString(file)}");
    }
}
