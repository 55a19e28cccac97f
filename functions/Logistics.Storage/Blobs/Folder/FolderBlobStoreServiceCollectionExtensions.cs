using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Blobs.Folder;

/// <summary>Registers the embedded blob store.</summary>
public static class FolderBlobStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FolderBlobStore"/> as the singleton <see cref="IBlobStore"/> (root <c>.data/blobs</c> unless
    /// <paramref name="configure"/> says otherwise).
    /// </summary>
    public static IServiceCollection AddFolderBlobStore(this IServiceCollection services, Action<FolderBlobStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<FolderBlobStoreOptions>();
        if (configure is not null)
            options.Configure(configure);
        options.Validate(o => !string.IsNullOrWhiteSpace(o.RootPath), "FolderBlobStore: RootPath must name a folder.");
        services.TryAddSingleton(sp => new FolderBlobStore(sp.GetRequiredService<IOptions<FolderBlobStoreOptions>>().Value));
        services.Replace(ServiceDescriptor.Singleton<IBlobStore>(sp => sp.GetRequiredService<FolderBlobStore>()));
        return services;
    }
}
