using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>The CRUD contract against the embedded SQLite store.</summary>
public sealed class SqliteDocumentCrudContractTests : DocumentCrudContractTests, IDisposable
{
    private readonly SqliteTestDatabase database = new(new ManualTimeProvider(DateTimeOffset.UtcNow));

    protected override IDocumentStore Store => database.Storage.Documents;

    public void Dispose() => database.Dispose();
}
