using Microsoft.DurableTask;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>Writes the 944 and completes the notice; idempotent (a completed notice keeps its first advice).</summary>
public sealed class CompleteNoticeActivity(ReceiptAdvices advices) : TaskActivity<CompleteNoticeInput, string>
{
    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskActivityContext context, CompleteNoticeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (await advices.CompleteAsync(input.NoticeId, input.At, CancellationToken.None)).ReceiptNumber;
    }
}
