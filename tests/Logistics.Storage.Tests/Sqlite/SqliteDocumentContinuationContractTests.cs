using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>The continuation-token contract against the embedded SQLite store.</summary>
public sealed class SqliteDocumentContinuationContractTests : DocumentContinuationContractTests, IDisposable
{
    private readonly SqliteTestDatabase database = new();

    protected override IDocumentStore Store => database.Storage.Documents;

    public void Dispose() => database.Dispose();
}
