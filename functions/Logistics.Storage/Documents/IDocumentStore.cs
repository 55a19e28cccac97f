namespace Logistics.Storage.Documents;

/// <summary>
/// A document database of named containers, each partitioned by a top-level key property — Cosmos DB's model.
/// The embedded SQLite store and the Cosmos DB store both implement it and pass one contract test suite.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Creates the container when it does not exist yet; idempotent, safe to call at every start.</summary>
    Task EnsureContainerAsync(ContainerDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Returns a handle on a container created by <see cref="EnsureContainerAsync"/>.</summary>
    IDocumentContainer GetContainer(string name);

    /// <summary>Round-trips to the store; throws when it cannot be reached. Used by the readiness probe.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
