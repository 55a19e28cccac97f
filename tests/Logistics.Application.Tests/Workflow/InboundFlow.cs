using System.Text.Json;
using Logistics.Application.Inbound;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Workflow;

/// <summary>Drives and observes one notice's orchestration on the embedded worker, with time from the test's clock.</summary>
public sealed class InboundFlow(TestWarehouse warehouse, string noticeId)
{
    /// <summary>Bound on waiting for the background worker (never a wait on time behaviour).</summary>
    public static readonly TimeSpan WorkerTimeout = TimeSpan.FromSeconds(30);

    public string NoticeId { get; } = noticeId;

    public string InstanceId => NoticeIds.InstanceOf(NoticeId);

    /// <summary>Waits until the custom status satisfies <paramref name="until"/>.</summary>
    public async Task<JsonElement> StatusAsync(Func<JsonElement, bool> until, string what)
    {
        var deadline = DateTime.UtcNow + WorkerTimeout;
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            var instance = await warehouse.Durable.GetInstanceAsync(InstanceId, getInputsAndOutputs: true);
            last = instance?.SerializedCustomStatus;
            if (last is not null)
            {
                using var document = JsonDocument.Parse(last);
                if (until(document.RootElement))
                {
                    return document.RootElement.Clone();
                }
            }

            await Task.Delay(10);
        }

        Assert.Fail($"Timed out waiting for {what}; last custom status: {last ?? "(none)"}");
        return default;
    }

    /// <summary>Waits until the instance waits at <paramref name="stage"/>.</summary>
    public Task<JsonElement> AtStageAsync(string stage) => StatusAsync(s => s.GetProperty("stage").GetString() == stage, $"stage {stage}");

    /// <summary>
    /// Moves the clock to the instance's next check and waits until it has read the notice and armed its next wake-up,
    /// so each step of the test starts from a settled instance.
    /// </summary>
    public async Task<JsonElement> WakeOnceAsync()
    {
        var status = await StatusAsync(s => s.TryGetProperty("nextCheck", out var next) && next.ValueKind == JsonValueKind.String, "a pending wake-up");
        var wakeAt = status.GetProperty("nextCheck").GetDateTimeOffset();
        warehouse.Clock.Advance(wakeAt - warehouse.Clock.GetUtcNow());
        return await StatusAsync(s => s.TryGetProperty("nextCheck", out var next) && next.ValueKind == JsonValueKind.String && next.GetDateTimeOffset() > wakeAt,
            $"the wake-up after {wakeAt:O}");
    }

    /// <summary>Waits for the instance to finish.</summary>
    public async Task<Microsoft.DurableTask.Client.OrchestrationMetadata> CompletionAsync()
    {
        using var timeout = new CancellationTokenSource(WorkerTimeout);
        return await warehouse.Durable.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true, timeout.Token);
    }
}
