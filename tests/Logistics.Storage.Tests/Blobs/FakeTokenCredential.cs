using Azure.Core;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>Hands out <c>token-1</c>, <c>token-2</c>, ... valid for an hour from the test clock, and counts the calls.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    private readonly TimeProvider _clock;
    private int _calls;

    public FakeTokenCredential(TimeProvider clock)
    {
        _clock = clock;
    }

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<string> LastScopes { get; private set; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        LastScopes = requestContext.Scopes;
        var n = Interlocked.Increment(ref _calls);
        return new AccessToken($"token-{n}", _clock.GetUtcNow().AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
