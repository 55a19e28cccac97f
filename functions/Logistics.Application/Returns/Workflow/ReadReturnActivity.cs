using Logistics.Application.Inventory;
using Microsoft.DurableTask;

namespace Logistics.Application.Returns.Workflow;

/// <summary>
/// Reads the return's progress and deadlines. It also applies the return's stock postings that a crash left frozen but
/// unapplied (the close), so the stock is booked before the flow moves on; a rerun changes nothing.
/// </summary>
public sealed class ReadReturnActivity(ReturnRepository returns, StockPoster poster, ReturnDeadlines deadlines) : TaskActivity<string, ReturnSnapshot>
{
    /// <inheritdoc/>
    public override async Task<ReturnSnapshot> RunAsync(TaskActivityContext context, string input)
    {
        var read = await returns.GetAsync(input, null, CancellationToken.None);
        await poster.ApplyPendingAsync(read.Value.OwnerId, ReturnSteps.Large(read.Value), CancellationToken.None);
        return ReturnSnapshot.Of(read.Value, deadlines);
    }
}
