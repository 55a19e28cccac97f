using System.Text.Json;
using Logistics.Application.Returns;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Owners;
using Logistics.Domain.Returns;

namespace Logistics.Application.Tests.Returns;

/// <summary>Drives and observes one return and its orchestration on the embedded worker, with time from the test's clock.</summary>
public sealed class ReturnFlow(TestWarehouse warehouse, string returnId)
{
    /// <summary>Bound on waiting for the background worker (never a wait on time behaviour).</summary>
    public static readonly TimeSpan WorkerTimeout = TimeSpan.FromSeconds(30);

    public string ReturnId { get; } = returnId;

    public string InstanceId => ReturnIds.InstanceOf(ReturnId);

    /// <summary>The id of return <paramref name="number"/> of the test owner.</summary>
    public static string IdOf(string number) => ReturnIds.For(OwnerId.Parse(Notices.Owner), ReturnNumber.Parse(number));

    /// <summary>The stored return.</summary>
    public async Task<ReturnDocument> DocumentAsync() => (await warehouse.Get<ReturnRepository>().GetAsync(ReturnId, null, CancellationToken.None)).Value;

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

    /// <summary>Waits for the instance to finish.</summary>
    public async Task<Microsoft.DurableTask.Client.OrchestrationMetadata> CompletionAsync()
    {
        using var timeout = new CancellationTokenSource(WorkerTimeout);
        return await warehouse.Durable.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true, timeout.Token);
    }
}
