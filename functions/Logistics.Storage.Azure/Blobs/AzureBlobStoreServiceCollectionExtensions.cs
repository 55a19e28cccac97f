using Logistics.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Registers the Azure Blob storage adapter as the <see cref="IBlobStore"/>.</summary>
public static class AzureBlobStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AzureBlobStore"/> (singleton, also as <see cref="IBlobStore"/>, replacing an earlier
    /// registration); the options are validated when the host starts. The host must register logging (<c>AddLogging</c>).
    /// </summary>
    public static IServiceCollection AddAzureBlobStore(this IServiceCollection services, Action<AzureBlobStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AzureBlobStoreOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureBlobStoreOptions>, AzureBlobStoreOptionsValidator>());
        services.TryAddSingleton(sp => new AzureBlobStore(
            sp.GetRequiredService<IOptions<AzureBlobStoreOptions>>(),
            sp.GetRequiredService<ILogger<AzureBlobStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IBlobStore>(sp => sp.GetRequiredService<AzureBlobStore>()));
        return services;
    }
}
