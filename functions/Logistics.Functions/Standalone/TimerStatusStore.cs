using Logistics.Functions.Table;
using Logistics.Storage.Documents;

namespace Logistics.Functions.Standalone;

/// <summary>
/// The schedule monitor: last and next occurrence per timer, kept in container <c>runtime</c>, so a restart knows
/// whether an occurrence was missed while the runtime was down.
/// </summary>
public sealed class TimerStatusStore(IDocumentStore store)
{
    /// <summary>Runtime bookkeeping, one partition per record.</summary>
    public static readonly ContainerDefinition Container = new("runtime", "/id");

    /// <summary>Reads a timer's status; null before its first run.</summary>
    public async Task<TimerScheduleStatus?> ReadAsync(string functionName, CancellationToken cancellationToken)
    {
        var id = Id(functionName);
        var document = await store.GetContainer(Container.Name).ReadAsync<TimerStatusRecord>(id, id, cancellationToken);
        return document is null ? null : new TimerScheduleStatus(document.Value.Last, document.Value.Next, document.Value.LastUpdated);
    }

    /// <summary>Writes a timer's status.</summary>
    public async Task WriteAsync(string functionName, TimerScheduleStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        await store.GetContainer(Container.Name).UpsertAsync(
            new TimerStatusRecord(Id(functionName), status.Last, status.Next, status.LastUpdated),
            cancellationToken: cancellationToken);
    }

    private static string Id(string functionName) => "timer-" + functionName.ToLowerInvariant();

    private sealed record TimerStatusRecord(string Id, DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
}
