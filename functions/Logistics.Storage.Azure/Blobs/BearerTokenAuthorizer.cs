using System.Net.Http.Headers;
using Azure.Core;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// Entra ID: a bearer token for <c>https://storage.azure.com/.default</c>, fetched once and reused until five
/// minutes before it expires (or the credential's own refresh time), so a burst of requests costs one token call.
/// </summary>
internal sealed class BearerTokenAuthorizer : IBlobRequestAuthorizer
{
    internal const string Scope = "https://storage.azure.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _sync = new();
    private AccessToken? _cached;
    private Task<AccessToken>? _refreshing;

    public BearerTokenAuthorizer(TokenCredential credential, TimeProvider timeProvider)
    {
        _credential = credential;
        _timeProvider = timeProvider;
    }

    public string Scheme => "Bearer";

    public async ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
    }

    private Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        Task<AccessToken> refreshing;
        lock (_sync)
        {
            if (_cached is { } cached && IsFresh(cached))
                return Task.FromResult(cached);

            // One fetch at a time; concurrent callers share it, and a failed fetch is retried by the next caller. It runs without the caller's token so that one
            // cancelled caller does not fail the others; each caller still stops waiting on its own cancellation.
            if (_refreshing is null || _refreshing.IsCompleted)
                _refreshing = FetchAsync();
            refreshing = _refreshing;
        }

        return refreshing.WaitAsync(cancellationToken);
    }

    private async Task<AccessToken> FetchAsync()
    {
        var token = await _credential.GetTokenAsync(new TokenRequestContext([Scope]), CancellationToken.None).ConfigureAwait(false);
        lock (_sync)
            _cached = token;
        return token;
    }

    private bool IsFresh(AccessToken token)
    {
        var now = _timeProvider.GetUtcNow();
        return now < token.ExpiresOn - RefreshMargin && (token.RefreshOn is not { } refreshOn || now < refreshOn);
    }
}
