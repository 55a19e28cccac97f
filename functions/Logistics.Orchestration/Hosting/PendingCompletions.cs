using Logistics.Storage.Messaging;

namespace Logistics.Orchestration.Hosting;

/// <summary>
/// Messages whose work has committed and that wait to be completed together, so one receive batch costs one settle
/// write instead of one per message. Thread-safe: the work items of a batch add to it in parallel.
/// </summary>
internal sealed class PendingCompletions
{
    private readonly Lock gate = new();
    private List<ReceivedMessage> messages = [];

    /// <summary>Adds messages whose work is committed; never call it before the commit.</summary>
    public void Add(IEnumerable<ReceivedMessage> committed)
    {
        lock (gate)
            messages.AddRange(committed);
    }

    /// <summary>Takes everything added so far; each message is handed out once.</summary>
    public List<ReceivedMessage> TakeAll()
    {
        lock (gate)
        {
            var taken = messages;
            messages = [];
            return taken;
        }
    }
}
