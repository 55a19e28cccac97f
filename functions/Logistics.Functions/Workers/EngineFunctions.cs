using Logistics.Functions.Table;

namespace Logistics.Functions.Workers;

/// <summary>
/// The functions that drive the orchestration engine in Azure. Standalone, the engine's own embedded worker does that
/// work instead (it batches identical wake-ups and sweeps timers at their due time), so the standalone dispatcher and
/// scheduler leave these functions alone and the same queues never get two kinds of receivers.
/// </summary>
public static class EngineFunctions
{
    private static readonly HashSet<Type> HandlerTypes =
        [typeof(OrchestrationWorkFunction), typeof(ActivityWorkFunction), typeof(OrchestrationTimersFunction)];

    /// <summary>
    /// True when the standalone runtime leaves <paramref name="function"/> to the embedded worker (engine work).
    /// Change-feed relays never run standalone either: no dispatcher picks a Cosmos DB trigger.
    /// </summary>
    public static bool RunByEmbeddedWorker(FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return function.HandlerType is { } type && HandlerTypes.Contains(type);
    }
}
