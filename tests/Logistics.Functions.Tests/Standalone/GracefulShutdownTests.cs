using Logistics.Functions.Standalone;
using Logistics.Functions.Table;
using Logistics.Storage;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Tests.Standalone;

public sealed class GracefulShutdownTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-drain-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Stop_WaitsForTheMessageInFlight_WhichCompletesInsteadOfBeingRedelivered()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddEmbeddedStorage(o => o.DatabasePath = Path.Combine(_folder, "drain.db"))
            .AddSingleton(new FunctionTableBuilder().Queue<BlockingHandler>("Blocking", "drain-in").Build())
            .AddSingleton<FunctionInvoker>()
            .AddSingleton<OutputSender>()
            .AddSingleton<BlockingHandler.Probe>();
        await using var provider = services.BuildServiceProvider();
        var probe = provider.GetRequiredService<BlockingHandler.Probe>();
        var queue = provider.GetRequiredService<IMessageQueue>();
        await queue.DeclareAsync(EntityDefinition.Queue("drain-in"));
        using var dispatcher = new QueueDispatcher(
            provider.GetRequiredService<FunctionTable>(),
            provider.GetRequiredService<FunctionInvoker>(),
            provider.GetRequiredService<OutputSender>(),
            queue,
            Options.Create(new StandaloneOptions { IdlePollInterval = TimeSpan.FromMilliseconds(50) }),
            NullLogger<QueueDispatcher>.Instance);

        await dispatcher.StartAsync(CancellationToken.None);
        await queue.SendAsync([new OutgoingMessage("drain-in", "in-flight")]);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stop = dispatcher.StopAsync(CancellationToken.None);
        probe.Stop = stop;
        probe.Release.SetResult();
        await stop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(probe.StopHadCompletedWhenHandlerResumed);
        Assert.False(probe.TokenWasCancelled);
        Assert.Equal(0, await queue.CountActiveAsync("drain-in"));
        Assert.Empty(await queue.ListDeadLettersAsync("drain-in"));
    }

    public sealed class BlockingHandler(BlockingHandler.Probe probe) : IFunctionHandler
    {
        public async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
        {
            probe.Started.TrySetResult();
            await probe.Release.Task;
            probe.StopHadCompletedWhenHandlerResumed = probe.Stop?.IsCompleted ?? true;
            probe.TokenWasCancelled = cancellationToken.IsCancellationRequested;
            return FunctionResult.Empty();
        }

        public sealed class Probe
        {
            public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public Task? Stop { get; set; }

            public bool StopHadCompletedWhenHandlerResumed { get; set; }

            public bool TokenWasCancelled { get; set; }
        }
    }
}
