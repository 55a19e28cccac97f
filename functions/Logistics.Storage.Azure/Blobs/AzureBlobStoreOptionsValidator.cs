using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Checks <see cref="AzureBlobStoreOptions"/> at start, with one sentence per problem.</summary>
public sealed class AzureBlobStoreOptionsValidator : IValidateOptions<AzureBlobStoreOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AzureBlobStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = AzureBlobClientFactory.Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
