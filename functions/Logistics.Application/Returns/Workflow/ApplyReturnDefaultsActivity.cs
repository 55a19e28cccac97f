using Microsoft.DurableTask;

namespace Logistics.Application.Returns.Workflow;

/// <summary>Applies the default action of every held part whose deadline has passed at the input's instant; idempotent.</summary>
public sealed class ApplyReturnDefaultsActivity(ReturnDecisions decisions, ReturnRepository returns, ReturnDeadlines deadlines)
    : TaskActivity<ReturnDefaultsInput, ReturnSnapshot>
{
    /// <inheritdoc/>
    public override async Task<ReturnSnapshot> RunAsync(TaskActivityContext context, ReturnDefaultsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await decisions.ApplyDefaultsAsync(input.ReturnId, input.At, CancellationToken.None);
        return ReturnSnapshot.Of((await returns.GetAsync(input.ReturnId, null, CancellationToken.None)).Value, deadlines);
    }
}
