namespace Logistics.Application.ValueAdded;

/// <summary>
/// The posting steps of a job (<c>{source}/{step}</c>): each names its movements and, when they do not fit one batch, its
/// frozen posting (see <see cref="Inventory.StockPoster"/>).
/// </summary>
public static class ValueAddedSteps
{
    /// <summary>The order: the job and its reservations.</summary>
    public static string Order(string source) => source + "/order";

    /// <summary>One pick scan.</summary>
    public static string Pick(string source, string scanId) => source + "/pick-" + Uri.EscapeDataString(scanId);

    /// <summary>The completion.</summary>
    public static string Complete(string source) => source + "/complete";

    /// <summary>The cancellation.</summary>
    public static string Cancel(string source) => source + "/cancel";

    /// <summary>Every step the job may have posted.</summary>
    public static IEnumerable<string> All(ValueAddedJobDocument job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return [Order(job.SourceReference), .. job.PickTasks.SelectMany(t => t.ScanIds).Select(s => Pick(job.SourceReference, s)), Complete(job.SourceReference), Cancel(job.SourceReference)];
    }

    /// <summary>The last part of a step, for movement ids (which allow no '/').</summary>
    public static string LeafOf(string step) => step[(step.LastIndexOf('/') + 1)..];
}
