using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>The orchestrators and activities the conformance suite runs on every provider.</summary>
/// <remarks>
/// Timers are already due when created (the in-memory service fires timers on the wall clock and cannot take a test
/// clock) and retry intervals are tiny; time-driven behaviour is tested on SQLite with a test clock.
/// </remarks>
public static class ConformanceTasks
{
    private static readonly ConcurrentDictionary<string, int> Attempts = new(StringComparer.Ordinal);

    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry
            .AddOrchestratorFunc<Parcel, Parcel>("Echo", (_, parcel) => parcel with { Quantity = parcel.Quantity * 2, State = ParcelState.Shelved })
            .AddOrchestratorFunc<int[], List<int>>("Sequence", async (context, values) =>
            {
                var results = new List<int>();
                foreach (var value in values)
                    results.Add(await context.CallActivityAsync<int>("Double", value));
                return results;
            })
            .AddOrchestratorFunc<int[], int>("FanOut", async (context, values) =>
                (await Task.WhenAll(values.Select(value => context.CallActivityAsync<int>("Double", value)))).Sum())
            .AddOrchestratorFunc<string, int>("Retry", (context, _) =>
                context.CallActivityAsync<int>("Flaky", context.InstanceId, TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromMilliseconds(1)))))
            .AddOrchestratorFunc<string, int>("Exhausted", (context, _) =>
                context.CallActivityAsync<int>("AlwaysFails", context.InstanceId, TaskOptions.FromRetryPolicy(new RetryPolicy(2, TimeSpan.FromMilliseconds(1)))))
            .AddOrchestratorFunc<string, string>("Fail", Boom)
            .AddOrchestratorFunc<string, string>("DueTimers", async (context, _) =>
            {
                await context.CreateTimer(context.CurrentUtcDateTime, CancellationToken.None);
                await context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(-1), CancellationToken.None);
                return "fired";
            })
            .AddOrchestratorFunc<string, string>("TwoEvents", async (context, _) =>
            {
                var first = await context.WaitForExternalEvent<string>("first");
                var second = await context.WaitForExternalEvent<string>("second");
                return first + second;
            })
            .AddOrchestratorFunc<int, string>("EventOrDeadline", async (context, minutes) =>
            {
                using var cancelTimer = new CancellationTokenSource();
                var approval = context.WaitForExternalEvent<string>("approve");
                var deadline = context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(minutes), cancelTimer.Token);
                if (await Task.WhenAny(approval, deadline) == approval)
                {
                    // Synchronously: an orchestrator must not hop to the thread pool, which CancelAsync does.
                    cancelTimer.Cancel();
                    return "approved:" + await approval;
                }

                return "timed out";
            })
            .AddOrchestratorFunc<int, string>("Parent", (context, value) =>
                context.CallSubOrchestratorAsync<string>("Child", value, new SubOrchestrationOptions(instanceId: context.InstanceId + "-child")))
            .AddOrchestratorFunc<int, string>("Child", (context, value) => $"{context.Parent?.InstanceId}|{context.Parent?.Name}|{value * 2}")
            .AddOrchestratorFunc<string, string>("FailingChildParent", async (context, _) =>
            {
                try
                {
                    return await context.CallSubOrchestratorAsync<string>("Fail");
                }
                catch (TaskFailedException failure)
                {
                    return "caught:" + failure.FailureDetails.ErrorMessage;
                }
            })
            .AddOrchestratorFunc<int, int>("Counter", (context, generation) =>
            {
                if (generation < 3)
                    context.ContinueAsNew(generation + 1);
                return generation;
            })
            .AddOrchestratorFunc<Tally, Tally>("Collector", async (context, tally) =>
            {
                var item = await context.WaitForExternalEvent<int>("item");
                var next = new Tally(tally.Count + 1, tally.Sum + item);
                if (next.Count < 3)
                    context.ContinueAsNew(next, preserveUnprocessedEvents: true);
                return next;
            })
            .AddOrchestratorFunc<string, string>("WaitForGo", async (context, _) =>
            {
                context.SetCustomStatus(new WaitStatus("waiting", ParcelState.Received));
                var value = await context.WaitForExternalEvent<string>("go");
                context.SetCustomStatus(new WaitStatus("done", ParcelState.Shelved));
                return value;
            })
            .AddOrchestratorFunc<string, string>("Greet", (context, name) => context.CallActivityAsync<string>(nameof(GreetingActivity), name))
            .AddOrchestratorFunc<string, string>("Unregistered", (context, _) => context.CallActivityAsync<string>("NoSuchActivity"))
            .AddOrchestratorFunc<string, string>("FailOnce", (context, _) => context.CallActivityAsync<string>("FailsFirstTime", context.InstanceId))
            .AddActivityFunc<int, int>("Double", (_, value) => value * 2)
            .AddActivityFunc<string, int>("Flaky", (_, key) =>
            {
                var attempt = Attempts.AddOrUpdate(key, 1, (_, count) => count + 1);
                return attempt < 3 ? throw new InvalidOperationException($"attempt {attempt} fails") : attempt;
            })
            .AddActivityFunc<string, int>("AlwaysFails", AlwaysFails)
            .AddActivityFunc<string, string>("FailsFirstTime", (_, key) =>
                Attempts.AddOrUpdate(key, 1, (_, count) => count + 1) == 1 ? throw new InvalidOperationException("first time fails") : "recovered")
            .AddActivity<GreetingActivity>();
    }

    private static Task<string> Boom(TaskOrchestrationContext context, string input) => throw new InvalidOperationException("boom");

    private static int AlwaysFails(TaskActivityContext context, string input) => throw new InvalidOperationException("always fails");

    public enum ParcelState
    {
        Received,
        Shelved,
    }

    public sealed record Parcel(string Sku, int Quantity, ParcelState State);

    public sealed record Tally(int Count, int Sum);

    public sealed record WaitStatus(string Stage, ParcelState Waiting);

    /// <summary>A singleton the activity below gets by constructor injection.</summary>
    public sealed class Greeter
    {
        public string Greet(string name) => $"Hello, {name}";
    }

    /// <summary>A class-based activity with an injected dependency.</summary>
    public sealed class GreetingActivity(Greeter greeter) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(greeter.Greet(input));
    }
}
