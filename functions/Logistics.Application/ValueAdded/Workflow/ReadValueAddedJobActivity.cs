using System.Text.Json;
using Logistics.Application.Inventory;
using Microsoft.DurableTask;

namespace Logistics.Application.ValueAdded.Workflow;

/// <summary>
/// Reads the job's stage and open picks. It also applies the job's stock postings that a crash left frozen but unapplied
/// (only steps with many movements are frozen), so the stock is booked before the flow moves on.
/// </summary>
public sealed class ReadValueAddedJobActivity(ValueAddedRepository jobs, StockPoster poster) : TaskActivity<string, ValueAddedJobSnapshot>
{
    /// <inheritdoc/>
    public override async Task<ValueAddedJobSnapshot> RunAsync(TaskActivityContext context, string input)
    {
        var job = (await jobs.GetAsync(input, null, CancellationToken.None)).Value;
        await poster.ApplyPendingAsync(job.OwnerId, ValueAddedSteps.All(job), CancellationToken.None);
        return new ValueAddedJobSnapshot(job.Stage, JsonNamingPolicy.CamelCase.ConvertName(job.JobKind.ToString()), job.PickTasks.Count(t => t.IsOpen), job.OutputUnits);
    }
}
