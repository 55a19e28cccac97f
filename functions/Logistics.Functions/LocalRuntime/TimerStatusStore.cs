using Logistics.Storage.Documents;

namespace Logistics.Functions.LocalRuntime;

/// <summary>
/// The local schedule monitor: last and next occurrence per timer function, kept in container <c>runtime</c>, so a
/// restart knows whether an occurrence was missed while the runtime was down (the Functions host keeps the same
/// record in its storage account).
/// </summary>
public sealed class TimerStatusStore(IDocumentStore store)
{
    /// <summary>Runtime bookkeeping, one partition per record.</summary>
    public static readonly ContainerDefinition Container = new("runtime", "/id");

    /// <summary>Reads a timer's status; null before its first run.</summary>
    public async Task<TimerStatus?> ReadAsync(string functionName, CancellationToken cancellationToken)
    {
        var id = Id(functionName);
        return (await store.GetContainer(Container.Name).ReadAsync<TimerStatus>(id, id, cancellationToken))?.Value;
    }

    /// <summary>Writes a timer's status.</summary>
    public Task WriteAsync(string functionName, DateTimeOffset last, DateTimeOffset next, DateTimeOffset updated, CancellationToken cancellationToken) =>
        store.GetContainer(Container.Name).UpsertAsync(new TimerStatus(Id(functionName), last, next, updated), cancellationToken: cancellationToken);

    private static string Id(string functionName) => "timer-" + functionName.ToLowerInvariant();

    /// <summary>One timer's schedule status.</summary>
    public sealed record TimerStatus(string Id, DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
}
