using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Checks <see cref="CosmosStoreOptions"/> at start so a bad setting fails with a message that names it.</summary>
public sealed class CosmosStoreOptionsValidator : IValidateOptions<CosmosStoreOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CosmosStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabaseName))
            failures.Add($"{CosmosStoreOptions.SectionName}:DatabaseName is required.");

        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasEndpoint = !string.IsNullOrWhiteSpace(options.AccountEndpoint);
        if (hasConnectionString && (hasEndpoint || !string.IsNullOrWhiteSpace(options.AccountKey)))
        {
            failures.Add(
                $"Give either {CosmosStoreOptions.SectionName}:ConnectionString or {CosmosStoreOptions.SectionName}:AccountEndpoint (+ AccountKey), not both.");
        }
        else if (!hasConnectionString && !hasEndpoint)
        {
            failures.Add(
                $"{CosmosStoreOptions.SectionName}:AccountEndpoint (with AccountKey, or alone for Entra ID) or {CosmosStoreOptions.SectionName}:ConnectionString is required.");
        }

        if (hasEndpoint && !Uri.TryCreate(options.AccountEndpoint, UriKind.Absolute, out _))
            failures.Add($"{CosmosStoreOptions.SectionName}:AccountEndpoint '{options.AccountEndpoint}' is not an absolute URI.");
        if (hasConnectionString && !CosmosConnectionString.TryParse(options.ConnectionString!, out _, out _))
            failures.Add($"{CosmosStoreOptions.SectionName}:ConnectionString needs AccountEndpoint=...;AccountKey=...;.");
        if (!string.IsNullOrWhiteSpace(options.AccountKey) && options.Credential is not null)
            failures.Add($"Give {CosmosStoreOptions.SectionName}:AccountKey or a Credential, not both.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
