using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// The Shared Key scheme for the Blob service (version 2009-09-19 and later): an HMAC-SHA256 with the account key
/// over the verb, the standard headers, the canonicalized <c>x-ms-*</c> headers and the canonicalized resource.
/// </summary>
/// <remarks>
/// Layout per "Authorize with Shared Key" (learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key):
/// <code>
/// VERB\nContent-Encoding\nContent-Language\nContent-Length\nContent-MD5\nContent-Type\nDate\n
/// If-Modified-Since\nIf-Match\nIf-None-Match\nIf-Unmodified-Since\nRange\nCanonicalizedHeaders CanonicalizedResource
/// </code>
/// Content-Length is empty when zero (versions 2015-02-21+). Date stays empty because <c>x-ms-date</c> is always sent.
/// The resource is <c>/account/encoded-path</c> followed by one <c>\nname:value1,value2</c> line per query parameter,
/// names lowercased and sorted, values URL-decoded; with Azurite's path-style URLs the account appears twice.
/// </remarks>
internal sealed class SharedKeyAuthorizer : IBlobRequestAuthorizer
{
    private readonly string _accountName;
    private readonly byte[] _key;

    public SharedKeyAuthorizer(string accountName, byte[] key)
    {
        _accountName = accountName;
        _key = key;
    }

    public string Scheme => "SharedKey";

    public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(StringToSign(request))));
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKey", $"{_accountName}:{signature}");
        return ValueTask.CompletedTask;
    }

    /// <summary>The exact text that is signed (internal so tests can pin the layout).</summary>
    internal string StringToSign(HttpRequestMessage request)
    {
        var content = request.Content?.Headers;
        var length = content?.ContentLength;
        var builder = new StringBuilder()
            .Append(request.Method.Method.ToUpperInvariant()).Append('\n')
            .Append(HeaderValue(content, "Content-Encoding")).Append('\n')
            .Append(HeaderValue(content, "Content-Language")).Append('\n')
            .Append(length is null or 0 ? string.Empty : length.Value.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(HeaderValue(content, "Content-MD5")).Append('\n')
            .Append(HeaderValue(content, "Content-Type")).Append('\n')
            .Append(HeaderValue(request.Headers, "Date")).Append('\n')
            .Append(HeaderValue(request.Headers, "If-Modified-Since")).Append('\n')
            .Append(HeaderValue(request.Headers, "If-Match")).Append('\n')
            .Append(HeaderValue(request.Headers, "If-None-Match")).Append('\n')
            .Append(HeaderValue(request.Headers, "If-Unmodified-Since")).Append('\n')
            .Append(HeaderValue(request.Headers, "Range")).Append('\n');
        AppendCanonicalizedHeaders(builder, request.Headers);
        AppendCanonicalizedResource(builder, request.RequestUri!);
        return builder.ToString();
    }

    private static string HeaderValue(HttpHeaders? headers, string name) =>
        headers is not null && headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    private static void AppendCanonicalizedHeaders(StringBuilder builder, HttpRequestHeaders headers)
    {
        var msHeaders = headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(",", h.Value.Select(v => v.Trim()))))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in msHeaders)
            builder.Append(name).Append(':').Append(value).Append('\n');
    }

    private void AppendCanonicalizedResource(StringBuilder builder, Uri uri)
    {
        builder.Append('/').Append(_accountName).Append(uri.AbsolutePath);
        var parameters = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? pair : pair[..eq];
                var value = eq < 0 ? string.Empty : pair[(eq + 1)..];
                return (Name: Uri.UnescapeDataString(name).ToLowerInvariant(), Value: Uri.UnescapeDataString(value));
            })
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in parameters)
        {
            var values = group.Select(p => p.Value).Order(StringComparer.Ordinal);
            builder.Append('\n').Append(group.Key).Append(':').AppendJoin(',', values);
        }
    }
}
