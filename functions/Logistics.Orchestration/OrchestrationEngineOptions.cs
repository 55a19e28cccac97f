namespace Logistics.Orchestration;

/// <summary>Tuning of the orchestration runtime.</summary>
public sealed class OrchestrationEngineOptions
{
    /// <summary>
    /// Keep live orchestrators in memory between work items (Durable's extended sessions) so an episode does not replay
    /// the whole history. Histories are identical with it on or off. Default true.
    /// </summary>
    public bool EnableOrchestratorCache { get; set; } = true;

    /// <summary>Most orchestrators kept in the cache. Default 10,000.</summary>
    public int MaxCachedOrchestrations { get; set; } = 10_000;

    /// <summary>Pending events consumed by one work item; keeps each commit inside Cosmos DB's 100-operation batch. Default 40.</summary>
    public int MaxEventsPerWorkItem { get; set; } = 40;

    /// <summary>Activity work items carried by one activity-work message (at least; raised for large fan-outs). Default 25.</summary>
    public int ActivitiesPerMessage { get; set; } = 25;

    /// <summary>
    /// Apply activity results directly to the caller's next episode, in the same commit, when the caller is idle and
    /// healthy (instead of storing result events and a wake-up). Same histories either way; fewer writes. Default true.
    /// </summary>
    public bool ApplyActivityResultsInline { get; set; } = true;

    /// <summary>Largest serialized custom status, in UTF-8 bytes. Default 16 KB.</summary>
    public int MaxCustomStatusBytes { get; set; } = 16 * 1024;
}
