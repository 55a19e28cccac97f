using Logistics.Functions.Table;
using Logistics.Orchestration;
using Logistics.Storage.Azure.Cosmos;

namespace Logistics.Functions.Workers;

/// <summary>
/// Azure with Cosmos DB: hands transactional-outbox messages to Service Bus through this function's output bindings
/// (one per destination), then deletes them. The embedded SQLite store delivers its outbox itself, so standalone
/// (no <see cref="ICosmosOutboxReader"/> registered) this is a no-op.
/// </summary>
/// <remarks>
/// The host sends outputs only after this function answers 2xx, and the messages are deleted before that answer:
/// should the host then fail to send, those wake-ups are lost. Accepted because outbox messages are wake-ups whose
/// state is in the document store; an at-least-once relay would need Service Bus access from the app itself.
/// </remarks>
public sealed class OutboxRelayFunction(IServiceProvider services) : IFunctionHandler
{
    /// <summary>Every five seconds.</summary>
    public const string Schedule = "*/5 * * * * *";

    /// <summary>Output binding to <see cref="OrchestrationQueues.Orchestrations"/>.</summary>
    public static readonly ServiceBusOutput OrchestrationOutput = new("orchestrationWork", OrchestrationQueues.Orchestrations);

    /// <summary>Output binding to <see cref="OrchestrationQueues.Activities"/>.</summary>
    public static readonly ServiceBusOutput ActivityOutput = new("activityWork", OrchestrationQueues.Activities);

    /// <summary>Containers whose batches may carry outbox messages.</summary>
    public static readonly IReadOnlyList<string> Containers = [OrchestrationQueues.ContainerName];

    private const int MaxMessagesPerRun = 500;

    /// <inheritdoc/>
    public async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var result = FunctionResult.Empty();
        if (services.GetService<ICosmosOutboxReader>() is not { } outbox)
        {
            return result;
        }

        var bindings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [OrchestrationOutput.EntityName] = OrchestrationOutput.Name,
            [ActivityOutput.EntityName] = ActivityOutput.Name,
        };
        foreach (var container in Containers)
        {
            var page = await outbox.ReadPendingAsync(container, null, MaxMessagesPerRun, cancellationToken);
            foreach (var pending in page.Messages)
            {
                if (!bindings.TryGetValue(pending.Message.Destination, out var binding))
                {
                    result.Log($"outbox message {pending.Id} names unknown destination '{pending.Message.Destination}'; left in place");
                    continue;
                }

                result.Send(binding, pending.Message.Body);
                await outbox.CompleteAsync(container, pending, cancellationToken);
            }
        }

        return result;
    }
}
