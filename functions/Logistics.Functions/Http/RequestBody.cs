using System.Text;
using System.Text.Json;
using Logistics.Functions.Hosting;

namespace Logistics.Functions.Http;

/// <summary>Reads request bodies within a size limit; JSON strictly (unknown and duplicate members are errors).</summary>
internal static class RequestBody
{
    /// <summary>Where the bytes read are kept on the request for its audit entry (<see cref="Audit.AuditRecorder"/>).</summary>
    public const string ItemKey = "Logistics.RequestBody";

    /// <summary>Deserializes a JSON body; null when the body is empty.</summary>
    /// <exception cref="BadHttpRequestException">415 when not JSON, 413 when over <paramref name="maxBytes"/>.</exception>
    /// <exception cref="JsonException">Malformed or not matching <typeparamref name="T"/> (named by JSON pointer).</exception>
    public static async Task<T?> ReadJsonAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        var bytes = await ReadAsync(request, maxBytes, cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        if (mediaType is null || !(mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            throw new BadHttpRequestException($"Send the body as application/json, not {mediaType ?? "no content type"}.", StatusCodes.Status415UnsupportedMediaType);
        }

        return JsonSerializer.Deserialize<T>(bytes, AppJson.Http);
    }

    /// <summary>Reads the body as UTF-8 text.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await ReadAsync(request, maxBytes, cancellationToken));

    private static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        // A chunked body has no declared length: read at most one byte past the limit to know it was exceeded.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        request.HttpContext.Items[ItemKey] = bytes;
        return bytes;
    }
}
