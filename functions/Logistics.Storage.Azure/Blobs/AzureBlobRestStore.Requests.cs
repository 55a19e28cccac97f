using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Polly;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Sending one REST call: URLs, common headers, authorization, retries and failure messages.</summary>
public sealed partial class AzureBlobRestStore
{
    /// <summary>
    /// Sends the request <paramref name="build"/> makes, once per attempt (a request message cannot be sent twice, and
    /// <c>x-ms-date</c> and the signature must be fresh). Returns the final answer, transient or not, and the attempts.
    /// </summary>
    private async Task<(HttpResponseMessage Response, int Attempts)> SendAsync(
        string operation,
        string blobName,
        Func<HttpRequestMessage> build,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(BlobRetryPipeline.OperationKey, operation);
        context.Properties.Set(BlobRetryPipeline.BlobNameKey, blobName);
        var attempts = 0;
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    using var request = build();
                    request.Headers.TryAddWithoutValidation("x-ms-date", _timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
                    request.Headers.TryAddWithoutValidation("x-ms-version", ApiVersion);
                    await _connection.Authorizer.AuthorizeAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                    return await _httpClient().SendAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                },
                context).ConfigureAwait(false);
            return (response, attempts);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new BlobRequestFailedException(
                $"Azure Blob {operation} '{blobName}' at {ContainerUri} failed after {attempts} attempt(s): {ex.Message}",
                statusCode: null,
                errorCode: null,
                attempts,
                ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, string blobName, int attempts, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var errorCode = response.Headers.TryGetValues("x-ms-error-code", out var codes) ? codes.FirstOrDefault() : null;
        var detail = await ErrorMessageAsync(response, cancellationToken).ConfigureAwait(false);
        var retried = BlobRetryPipeline.IsTransient(response.StatusCode) ? $" after {attempts} attempt(s)" : string.Empty;
        throw new BlobRequestFailedException(
            $"Azure Blob {operation} '{blobName}' failed with {(int)response.StatusCode} {errorCode ?? response.ReasonPhrase}{retried}{(detail is null ? "." : ": " + detail)}",
            response.StatusCode,
            errorCode,
            attempts);
    }

    /// <summary>The first line of the service's <c>&lt;Error&gt;&lt;Message&gt;</c>, if the body has one.</summary>
    private static async Task<string?> ErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(body))
                return null;
            var message = XDocument.Parse(body).Root?.Element("Message")?.Value;
            return message?.Split('\n')[0].Trim();
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private Uri BlobUri(string name, string query = "") =>
        new($"{ContainerUri.AbsoluteUri}/{string.Join('/', name.Split('/').Select(Uri.EscapeDataString))}{query}");
}
