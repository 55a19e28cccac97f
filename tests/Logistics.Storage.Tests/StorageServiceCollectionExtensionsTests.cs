using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Storage.Tests;

/// <summary><see cref="StorageServiceCollectionExtensions.AddEmbeddedStorage"/> wires one storage for both ports.</summary>
public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "logistics-storage-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddEmbeddedStorage_registers_singletons_sharing_one_database_and_the_registered_clock()
    {
        var clock = new ManualTimeProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddEmbeddedStorage(options => options.DatabasePath = Path.Combine(folder, "nested", "app.db"));
        await using var provider = services.BuildServiceProvider();

        var storage = provider.GetRequiredService<SqliteStorage>();
        Assert.Same(storage.Documents, provider.GetRequiredService<IDocumentStore>());
        Assert.Same(storage.Queue, provider.GetRequiredService<IMessageQueue>());
        Assert.True(File.Exists(Path.Combine(folder, "nested", "app.db")));

        await storage.Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await storage.Queue.SendAsync([new OutgoingMessage("q", "x")]);
        var message = Assert.Single(await storage.Queue.ReceiveAsync("q", 1, TimeSpan.FromSeconds(10)));
        Assert.Equal(clock.GetUtcNow(), message.EnqueuedAt);
    }

    [Fact]
    public void AddEmbeddedStorage_falls_back_to_the_system_clock_and_disposes_synchronously()
    {
        var services = new ServiceCollection().AddEmbeddedStorage(options => options.DatabasePath = Path.Combine(folder, "sys.db"));
        using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IDocumentStore>();

        Assert.NotNull(store);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup only.
        }
    }
}
