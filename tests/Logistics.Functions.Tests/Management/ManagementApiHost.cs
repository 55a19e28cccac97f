using Logistics.Functions.Tests.Infrastructure;
using Logistics.Orchestration;
using Logistics.Orchestration.Client;

namespace Logistics.Functions.Tests.Management;

/// <summary>
/// The real app on Kestrel (a loopback socket, not the in-memory test server) with two test orchestrators added to its
/// registry: one that waits for an "Approval" event, and one whose activity fails while <see cref="FailActivities"/> is set.
/// </summary>
public sealed class ManagementApiHost : IAsyncLifetime
{
    public const string WaitingOrchestrator = "ManagementTestWaitForApproval";
    public const string FlakyOrchestrator = "ManagementTestFlaky";

    private readonly FunctionHostFactory _factory = new();
    private TestKeys? _keys;

    /// <summary>While true the flaky orchestrator's activity throws.</summary>
    public static volatile bool FailActivities = true;

    public TestKeys Keys => _keys ?? throw new InvalidOperationException("Host not started.");

    public OrchestrationClient Client => _factory.Get<OrchestrationClient>();

    public HttpClient CreateClient() => _factory.CreateClient();

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _factory.Get<OrchestrationRegistry>()
            .AddOrchestratorFunc<string?, string>(WaitingOrchestrator, async (context, input) =>
            {
                context.SetCustomStatus(new { waitingFor = "Approval", input });
                var approval = await context.WaitForExternalEvent<string>("Approval");
                return $"approved:{approval}";
            })
            .AddOrchestratorFunc<string?, string>(FlakyOrchestrator, async (context, _) =>
                await context.CallActivityAsync<string>("ManagementTestFlakyActivity"))
            .AddActivityFunc<string?, string>("ManagementTestFlakyActivity", (_, _) =>
                FailActivities ? throw new InvalidOperationException("The carrier system is down.") : Task.FromResult("recovered"));
        _keys = await TestKeys.CreateAsync(_factory);
    }

    /// <summary>Starts an instance and waits until its orchestrator has run once (its custom status or a terminal state is visible).</summary>
    public async Task<string> StartWaitingAsync(string instanceId)
    {
        await Client.ScheduleNewOrchestrationInstanceAsync(WaitingOrchestrator, "order-1", new StartOrchestrationOptions { InstanceId = instanceId });
        await Eventually.TrueAsync(
            async () => (await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true))?.SerializedCustomStatus is not null,
            $"{instanceId} to start waiting");
        return instanceId;
    }

    /// <summary>Waits (bounded) until the instance is terminal.</summary>
    public async Task<OrchestrationMetadata> CompletionAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
