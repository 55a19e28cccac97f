using Logistics.Functions.Table;
using Logistics.Functions.Workers;

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>A function table with one function of each non-HTTP trigger kind, plus the app's HTTP functions.</summary>
public static class TestFunctions
{
    /// <summary>Log shared by the handlers below (handlers are created per invocation, so they reach it statically per test host).</summary>
    public static InvocationLog Log { get; private set; } = new();

    /// <summary>Starts a fresh log.</summary>
    public static InvocationLog Reset() => Log = new InvocationLog();

    /// <summary>
    /// The table: timer, queue (with a queue output), topic subscription, a queue handler that always fails, and the
    /// Cosmos DB outbox relay on a change feed (with a queue and a topic output).
    /// </summary>
    public static FunctionTable Create(string schedule = "0 */5 * * * *", bool runOnStartup = false)
    {
        var builder = new FunctionTableBuilder();
        foreach (var function in AppFunctions.Create().Functions.Where(f => f.Trigger is HttpTrigger))
        {
            builder.Add(function);
        }

        return builder
            .Timer<RecordingHandler>("TestTimer", schedule, runOnStartup)
            .Queue<ForwardingHandler>("TestQueue", "test-in", new ServiceBusOutput("forward", "test-out"))
            .Queue<RecordingHandler>("TestForwarded", "test-out")
            .Topic<RecordingHandler>("TestTopic", "test-events", "audit")
            .Queue<FailingHandler>("TestFailing", "test-poison")
            .ChangeFeed<CosmosOutboxRelayFunction>(
                "TestRelay",
                "test-container",
                new ServiceBusOutput("work", "test-work"),
                new ServiceBusOutput("events", "test-relayed-events", IsTopic: true))
            .Build();
    }

    /// <summary>Records and succeeds.</summary>
    public sealed class RecordingHandler : IFunctionHandler
    {
        public Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
        {
            Log.Add(invocation);
            return Task.FromResult(FunctionResult.Empty().Log($"handled {invocation.FunctionName}"));
        }
    }

    /// <summary>Records and forwards the body, upper-cased, to its output.</summary>
    public sealed class ForwardingHandler : IFunctionHandler
    {
        public Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
        {
            Log.Add(invocation);
            return Task.FromResult(FunctionResult.Empty().Send("forward", invocation.Body!.ToUpperInvariant()));
        }
    }

    /// <summary>Records and throws.</summary>
    public sealed class FailingHandler : IFunctionHandler
    {
        public Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
        {
            Log.Add(invocation);
            throw new InvalidOperationException("poison");
        }
    }
}
