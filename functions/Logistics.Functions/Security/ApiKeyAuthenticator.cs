namespace Logistics.Functions.Security;

/// <summary>Turns a presented <c>X-Api-Key</c> into its caller: one point read by the key's hash.</summary>
public sealed class ApiKeyAuthenticator(AccessStore access)
{
    /// <summary>The caller, or null when the key is unknown, revoked or of an unknown role.</summary>
    public async Task<ApiCaller?> AuthenticateAsync(string key, CancellationToken cancellationToken)
    {
        var record = await access.FindKeyAsync(key, cancellationToken);
        return record is null || !Roles.IsKnown(record.Role) ? null : new ApiCaller(record.Role, record.KeyId, record.PublisherId) { Carrier = record.Carrier };
    }
}
