using Logistics.Storage.Documents;

namespace Logistics.Orchestration.CrashHost;

/// <summary>
/// The workload of the crash test: each instance runs <see cref="Steps"/> activities in sequence, each recording a side
/// effect (one document per execution, so re-executions are visible), then records its result under a deterministic id.
/// </summary>
public static class CrashScenario
{
    public const string Orchestrator = "CrashFlow";
    public const string EffectsContainer = "side-effects";
    public const int Steps = 5;

    /// <summary>
    /// After this many side effects the process stops making progress (steps record their effect, then hang), so the
    /// parent always kills it mid-run with work in flight, however fast the machine. Unlimited by default.
    /// </summary>
    public static int StallAfterEffects { get; set; } = int.MaxValue;

    /// <summary>Counts side effects recorded by this process (the child prints it so the parent knows when to kill).</summary>
    public static int EffectsRecorded => Volatile.Read(ref effects);

    private static int effects;

    public static ContainerDefinition Effects { get; } = new(EffectsContainer, "/instanceId");

    public static string InstanceId(int index) => $"crash-{index:D4}";

    public static int ExpectedOutput(int index) => Enumerable.Range(1, Steps).Sum(step => index * 10 + step);

    public static void Register(OrchestrationRegistry registry, IDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(store);
        var container = store.GetContainer(EffectsContainer);
        registry
            .AddActivityFunc<int, int>("Step", async (ctx, value) =>
            {
                await container.CreateAsync(new Effect($"step-{ctx.ScheduledId}-{Guid.NewGuid():N}", ctx.InstanceId, "step", ctx.TaskId, value));
                var count = Interlocked.Increment(ref effects);
                Console.WriteLine($"effect {count}");
                if (count >= StallAfterEffects)
                    await Task.Delay(Timeout.Infinite);
                return value;
            })
            .AddActivityFunc<int, bool>("RecordResult", async (ctx, total) =>
            {
                try
                {
                    // Deterministic id: a re-executed activity finds its own earlier write and does nothing.
                    await container.CreateAsync(new Effect("result", ctx.InstanceId, "result", ctx.TaskId, total));
                    return true;
                }
                catch (DocumentConflictException)
                {
                    return false;
                }
            })
            .AddOrchestratorFunc<int, int>(Orchestrator, async (ctx, index) =>
            {
                var total = 0;
                for (var step = 1; step <= Steps; step++)
                    total += await ctx.CallActivityAsync<int>("Step", index * 10 + step);
                await ctx.CallActivityAsync<bool>("RecordResult", total);
                return total;
            });
    }

    /// <summary>A recorded side effect.</summary>
    public sealed record Effect(string Id, string InstanceId, string Kind, int TaskId, int Value);
}
