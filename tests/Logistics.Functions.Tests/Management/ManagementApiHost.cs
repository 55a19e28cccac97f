using Logistics.Functions.Tests.Infrastructure;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Management;

/// <summary>
/// The real app in its local runtime on a loopback port, on a manual clock, with the test orchestrations of
/// <see cref="ManagementTestTasks"/> registered beside the warehouse's; one per test class.
/// </summary>
public sealed class ManagementApiHost : IAsyncLifetime
{
    /// <summary>Where the manual clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    private TestApp? _app;
    private TestKeys? _keys;

    public ManualTimeProvider Time { get; } = new(Start);

    public TestApp App => _app ?? throw new InvalidOperationException("Host not started.");

    public TestKeys Keys => _keys ?? throw new InvalidOperationException("Host not started.");

    public HttpClient Http => App.Client;

    /// <summary>The app's own client, to set up and observe instances without going through the API under test.</summary>
    public DurableTaskClient Durable => App.Get<DurableTaskClient>();

    public ManagementTestTasks.FlakySwitch Flaky => App.Get<ManagementTestTasks.FlakySwitch>();

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(Time, services: services => services
            .AddSingleton<ManagementTestTasks.FlakySwitch>()
            .AddTestDurableTasks(registry => registry.AddManagementTestTasks()));
        _keys = await TestKeys.CreateAsync(_app);
    }

    /// <summary>Starts a waiting instance and returns once its orchestrator has run (its custom status is visible).</summary>
    public async Task<string> StartWaitingAsync(string instanceId)
    {
        await Durable.ScheduleNewOrchestrationInstanceAsync(nameof(ManagementTestTasks.WaitForApprovalOrchestrator), "order-1", new StartOrchestrationOptions(instanceId));
        await Eventually.TrueAsync(
            async () => (await Durable.GetInstanceAsync(instanceId))?.SerializedCustomStatus is not null,
            $"{instanceId} to start waiting");
        return instanceId;
    }

    /// <summary>Waits (bounded) until the instance is terminal.</summary>
    public async Task<OrchestrationMetadata> CompletionAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await Durable.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
