namespace Logistics.Functions.Hosting;

/// <summary>Which storage adapters to use (section <c>Storage</c>; Functions <c>Values</c>: <c>Storage__Documents__Provider</c>, …).</summary>
public sealed class StorageSettings
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>Document store: <c>Sqlite</c> (default, embedded) or <c>Cosmos</c> (options in section <c>Cosmos</c>).</summary>
    public string DocumentsProvider { get; set; } = Sqlite;

    /// <summary>SQLite database file of the embedded store and queue. Default <c>.data/logistics.db</c>.</summary>
    public string DatabasePath { get; set; } = Path.Combine(".data", "logistics.db");

    /// <summary>
    /// When a SQLite commit is acknowledged: <c>Full</c> (default: an acknowledged write survives a power loss) or
    /// <c>Normal</c> (survives a process kill only; faster on slow disks).
    /// </summary>
    public Logistics.Storage.Sqlite.SqliteSynchronousMode Synchronous { get; set; } = Logistics.Storage.Sqlite.SqliteSynchronousMode.Full;

    /// <summary>Blob store: <c>Folder</c> (default, embedded) or <c>Azure</c> (options in section <c>AzureBlobs</c>).</summary>
    public string BlobsProvider { get; set; } = Folder;

    /// <summary>Root folder of the embedded blob store. Default <c>.data/blobs</c>.</summary>
    public string BlobsRootPath { get; set; } = Path.Combine(".data", "blobs");

    /// <summary>
    /// Event bus: <c>Embedded</c> (default: the queue in the SQLite file, written in the same transaction as the state
    /// change) or <c>ServiceBus</c> (options in section <c>ServiceBus</c>; needs Cosmos DB documents, whose outbox the
    /// relay moves there).
    /// </summary>
    public string EventsProvider { get; set; } = Embedded;

    /// <summary>Every key this class reads, under <see cref="Section"/> (so <c>Storage__Documents__Provider</c> and so on).</summary>
    public static IReadOnlyList<string> Keys { get; } = [DocumentsProviderKey, DatabasePathKey, SynchronousKey, BlobsProviderKey, BlobsRootPathKey, EventsProviderKey];

    private const string DocumentsProviderKey = "Documents:Provider";
    private const string DatabasePathKey = "Documents:DatabasePath";
    private const string SynchronousKey = "Documents:Synchronous";
    private const string BlobsProviderKey = "Blobs:Provider";
    private const string BlobsRootPathKey = "Blobs:RootPath";
    private const string EventsProviderKey = "Events:Provider";

    /// <summary>The embedded SQLite provider name.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>The embedded event bus's provider name.</summary>
    public const string Embedded = "Embedded";

    /// <summary>The Service Bus provider name.</summary>
    public const string ServiceBus = "ServiceBus";

    /// <summary>The Cosmos DB provider name.</summary>
    public const string Cosmos = "Cosmos";

    /// <summary>The folder blob provider name.</summary>
    public const string Folder = "Folder";

    /// <summary>The Azure Blob provider name.</summary>
    public const string Azure = "Azure";

    /// <summary>Reads the settings; throws naming the setting when a provider is unknown.</summary>
    public static StorageSettings From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var settings = new StorageSettings
        {
            DocumentsProvider = section[DocumentsProviderKey] ?? Sqlite,
            DatabasePath = section[DatabasePathKey] ?? Path.Combine(".data", "logistics.db"),
            Synchronous = section[SynchronousKey] is { } synchronous
                ? Enum.TryParse<Logistics.Storage.Sqlite.SqliteSynchronousMode>(synchronous, ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !int.TryParse(synchronous, out _)
                    ? mode
                    : throw new InvalidOperationException($"Storage__Documents__Synchronous must be 'Full' or 'Normal', not '{synchronous}'.")
                : Logistics.Storage.Sqlite.SqliteSynchronousMode.Full,
            BlobsProvider = section[BlobsProviderKey] ?? Folder,
            BlobsRootPath = section[BlobsRootPathKey] ?? Path.Combine(".data", "blobs"),
            EventsProvider = section[EventsProviderKey] ?? Embedded,
        };
        if (!settings.DocumentsProvider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) &&
            !settings.DocumentsProvider.Equals(Cosmos, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage__Documents__Provider must be '{Sqlite}' or '{Cosmos}', not '{settings.DocumentsProvider}'.");
        }

        if (!settings.BlobsProvider.Equals(Folder, StringComparison.OrdinalIgnoreCase) &&
            !settings.BlobsProvider.Equals(Azure, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage__Blobs__Provider must be '{Folder}' or '{Azure}', not '{settings.BlobsProvider}'.");
        }

        if (!settings.EventsProvider.Equals(Embedded, StringComparison.OrdinalIgnoreCase) &&
            !settings.EventsProvider.Equals(ServiceBus, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage__Events__Provider must be '{Embedded}' or '{ServiceBus}', not '{settings.EventsProvider}'.");
        }

        if (settings.UsesServiceBus && !settings.UsesCosmos)
        {
            // SQLite batches write their messages into the embedded queue itself; nothing would ever reach Service Bus.
            throw new InvalidOperationException($"Storage__Events__Provider '{ServiceBus}' needs Storage__Documents__Provider '{Cosmos}': on SQLite the events are written into the embedded queue in the state change's own transaction.");
        }

        return settings;
    }

    /// <summary>True when documents live in Cosmos DB.</summary>
    public bool UsesCosmos => DocumentsProvider.Equals(Cosmos, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when events travel on Service Bus.</summary>
    public bool UsesServiceBus => EventsProvider.Equals(ServiceBus, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when blobs live in Azure Blob storage.</summary>
    public bool UsesAzureBlobs => BlobsProvider.Equals(Azure, StringComparison.OrdinalIgnoreCase);
}
