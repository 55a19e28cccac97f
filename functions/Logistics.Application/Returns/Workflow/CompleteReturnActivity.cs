using Microsoft.DurableTask;

namespace Logistics.Application.Returns.Workflow;

/// <summary>Writes the owner's advice and completes the return; idempotent (a completed return keeps its first advice).</summary>
public sealed class CompleteReturnActivity(ReturnAdvices advices) : TaskActivity<CompleteReturnInput, string>
{
    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskActivityContext context, CompleteReturnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (await advices.CompleteAsync(input.ReturnId, input.At, CancellationToken.None)).ReturnNumber;
    }
}
