using System.Security.Claims;
using System.Text.Encodings.Web;
using Logistics.Functions.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Security;

/// <summary>Authenticates <c>X-Api-Key</c> against hashed keys; answers 401/403 as problem details.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AccessStore access)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.ToString();
        var record = string.IsNullOrWhiteSpace(key) ? null : await access.FindKeyAsync(key.Trim(), Context.RequestAborted);
        if (record is null || !Roles.IsKnown(record.Role))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Role, record.Role),
            new(ApiKeyDefaults.KeyIdClaim, record.KeyId),
            new(ClaimTypes.NameIdentifier, record.PublisherId ?? record.KeyId),
        };
        if (record.PublisherId is not null)
        {
            claims.Add(new Claim(ApiKeyDefaults.PublisherIdClaim, record.PublisherId));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.NameIdentifier, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <inheritdoc/>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.HeaderName}\"";
        var presented = Request.Headers.ContainsKey(ApiKeyDefaults.HeaderName);
        await ProblemWriter.WriteAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            ProblemTypes.Unauthorized,
            presented ? "The API key is unknown or revoked." : $"Send an API key in the {ApiKeyDefaults.HeaderName} header.");
    }

    /// <inheritdoc/>
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await ProblemWriter.WriteAsync(
            Context,
            StatusCodes.Status403Forbidden,
            ProblemTypes.Forbidden,
            "This API key's role may not use this endpoint.");
}
