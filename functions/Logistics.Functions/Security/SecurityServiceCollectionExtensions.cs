using Microsoft.AspNetCore.Authentication;

namespace Logistics.Functions.Security;

/// <summary>Registers API-key authentication, role policies and the access store.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Adds the <c>X-Api-Key</c> scheme and the <see cref="AuthorizationPolicies"/>.</summary>
    public static IServiceCollection AddApiKeySecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccessStore>();
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Publisher, p => p.RequireAuthenticatedUser().RequireRole(Roles.Publisher).RequireClaim(ApiKeyDefaults.PublisherIdClaim))
            .AddPolicy(AuthorizationPolicies.Ops, p => p.RequireAuthenticatedUser().RequireRole(Roles.Ops))
            .AddPolicy(AuthorizationPolicies.Floor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Floor))
            .AddPolicy(AuthorizationPolicies.Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.Ops, Roles.Floor));
        return services;
    }
}
