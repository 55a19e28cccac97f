using Microsoft.DurableTask;

namespace Logistics.Functions.Tests.Management;

/// <summary>Test orchestrations for the management API, run by the app's local worker beside the warehouse's.</summary>
public static class ManagementTestTasks
{
    /// <summary>The event <see cref="WaitForApprovalOrchestrator"/> waits for.</summary>
    public const string ApprovalEvent = "Approval";

    /// <summary>Says what it waits for, waits for an <see cref="ApprovalEvent"/>, and returns <c>approved:{data}</c>.</summary>
    public sealed class WaitForApprovalOrchestrator : TaskOrchestrator<string?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.SetCustomStatus(new { waitingFor = ApprovalEvent, input });
            var approval = await context.WaitForExternalEvent<string>(ApprovalEvent);
            return $"approved:{approval}";
        }
    }

    /// <summary>Calls <see cref="FlakyActivity"/> once, without retries: it fails while <see cref="FlakySwitch.Failing"/> is set.</summary>
    public sealed class FlakyOrchestrator : TaskOrchestrator<string?, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, string? input)
        {
            ArgumentNullException.ThrowIfNull(context);
            return context.CallActivityAsync<string>(nameof(FlakyActivity));
        }
    }

    /// <summary>Throws while the switch is on, else returns <c>recovered</c>.</summary>
    public sealed class FlakyActivity(FlakySwitch flaky) : TaskActivity<string?, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string? input) =>
            flaky.Failing ? throw new InvalidOperationException("The carrier system is down.") : Task.FromResult("recovered");
    }

    /// <summary>Whether <see cref="FlakyActivity"/> fails; a singleton of the app under test.</summary>
    public sealed class FlakySwitch
    {
        private volatile bool _failing = true;

        public bool Failing
        {
            get => _failing;
            set => _failing = value;
        }
    }

    /// <summary>Adds the test tasks to the worker's registry.</summary>
    public static DurableTaskRegistry AddManagementTestTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator<WaitForApprovalOrchestrator>()
            .AddOrchestrator<FlakyOrchestrator>()
            .AddActivity<FlakyActivity>();
    }
}
