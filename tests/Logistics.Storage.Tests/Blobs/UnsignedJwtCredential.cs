using System.Text;
using System.Text.Json;
using Azure.Core;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// Stands in for <c>DefaultAzureCredential</c>, because no Entra ID runs here: it issues unsigned JWTs shaped like
/// Entra ID's, with the audience taken from the scope the SDK asks for. Azurite's OAuth level "basic" checks a token's
/// lifetime, issuer and audience but not its signature, so these tokens pass exactly when a real one would have the
/// same claims; the credential is fake, the checking server is not.
/// </summary>
public sealed class UnsignedJwtCredential : TokenCredential
{
    private const string Issuer = "https://sts.windows.net/00000000-0000-0000-0000-000000000001/";
    private readonly TimeSpan _validFor;
    private readonly string? _audience;
    private readonly List<string> _scopes = [];
    private int _calls;

    /// <param name="validFor">Lifetime from now; negative for a token that has already expired.</param>
    /// <param name="audience">The audience to claim whatever the scope; null derives it from the scope, as Entra ID does.</param>
    public UnsignedJwtCredential(TimeSpan validFor, string? audience = null)
    {
        _validFor = validFor;
        _audience = audience;
    }

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (_scopes)
                return [.. _scopes];
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        lock (_scopes)
            _scopes.AddRange(requestContext.Scopes);
        var now = DateTimeOffset.UtcNow;
        var expires = now + _validFor;
        var audience = _audience ?? requestContext.Scopes[0].Replace("/.default", string.Empty, StringComparison.Ordinal);
        var payload = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iss"] = Issuer,
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["oid"] = "00000000-0000-0000-0000-000000000002",
        };
        var token = $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{Base64Url(JsonSerializer.Serialize(payload))}.";
        return new AccessToken(token, expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
