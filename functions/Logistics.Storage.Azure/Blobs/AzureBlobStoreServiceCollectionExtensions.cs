using Logistics.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Registers the Azure Blob REST client as the <see cref="IBlobStore"/>.</summary>
public static class AzureBlobStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AzureBlobRestStore"/> (singleton, also as <see cref="IBlobStore"/>, replacing an earlier
    /// registration) with a named <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>; the options are
    /// validated when the host starts. The host must register logging (<c>AddLogging</c>).
    /// </summary>
    public static IServiceCollection AddAzureBlobStore(this IServiceCollection services, Action<AzureBlobStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AzureBlobStoreOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureBlobStoreOptions>, AzureBlobStoreOptionsValidator>());
        // Authorization carries a Shared Key signature or a bearer token: never let the factory's logging print header values.
        services.AddHttpClient(AzureBlobRestStore.HttpClientName).RedactLoggedHeaders(static _ => true);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AzureBlobRestStore(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<AzureBlobStoreOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<AzureBlobRestStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IBlobStore>(sp => sp.GetRequiredService<AzureBlobRestStore>()));
        return services;
    }
}
