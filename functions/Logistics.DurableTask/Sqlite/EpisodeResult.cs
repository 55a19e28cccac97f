using DurableTask.Core;

namespace Logistics.DurableTask.Sqlite;

/// <summary>The rows an episode inserted, handed to the scheduler once the episode has committed.</summary>
internal sealed class EpisodeResult
{
    public List<(long Seq, TaskMessage Message)> Activities { get; } = [];

    public List<(long Seq, string InstanceId, long VisibleAt)> Messages { get; } = [];
}
