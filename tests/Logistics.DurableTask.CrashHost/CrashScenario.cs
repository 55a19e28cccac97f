using Logistics.Storage.Documents;
using Microsoft.DurableTask;

namespace Logistics.DurableTask.CrashHost;

/// <summary>
/// The crash test's workload: each instance runs <see cref="Steps"/> activities in sequence, each recording its effect as
/// an idempotent insert keyed by (instance id, step) into a document container of the same SQLite file.
/// </summary>
public static class CrashScenario
{
    public const string Orchestrator = "CrashFlow";
    public const int Steps = 5;

    private static int effects;
    private static int started;
    private static int holdAfter = int.MaxValue;

    public static ContainerDefinition Effects { get; } = new("crash-effects", "/instanceId");

    public static string InstanceId(int index) => $"crash-{index:D4}";

    public static int StepValue(int index, int step) => index * 10 + step;

    public static int ExpectedOutput(int index) => Enumerable.Range(1, Steps).Sum(step => StepValue(index, step));

    /// <summary>
    /// Lets only this many steps run in this process; every later one waits for ever. The run therefore cannot finish
    /// before the parent's kill, however fast the file commits, while the episodes and completions of the steps that ran
    /// keep committing around it.
    /// </summary>
    public static void HoldAfter(int count) => holdAfter = count;

    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry
            .AddActivity<RecordStep>()
            .AddOrchestratorFunc<int, int>(Orchestrator, async (context, index) =>
            {
                var total = 0;
                for (var step = 1; step <= Steps; step++)
                    total += await context.CallActivityAsync<int>(nameof(RecordStep), new StepInput(index, step));
                return total;
            });
    }

    public sealed record StepInput(int Index, int Step);

    /// <summary>One recorded effect; its id is the (instance id, step) key, so a re-executed step inserts nothing.</summary>
    public sealed record Effect(string Id, string InstanceId, int Step, int Value);

    /// <summary>Records a step's effect once, however often it runs, and prints a progress line per execution.</summary>
    public sealed class RecordStep(IDocumentStore store) : TaskActivity<StepInput, int>
    {
        public override async Task<int> RunAsync(TaskActivityContext context, StepInput input)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(input);
            if (Interlocked.Increment(ref started) > holdAfter)
                await Task.Delay(Timeout.Infinite);
            var value = StepValue(input.Index, input.Step);
            try
            {
                await store.GetContainer(Effects.Name).CreateAsync(new Effect($"{context.InstanceId}:{input.Step}", context.InstanceId, input.Step, value));
            }
            catch (DocumentConflictException)
            {
                // Recorded by an earlier execution whose completion the kill lost.
            }

            Console.WriteLine($"effect {Interlocked.Increment(ref effects)}");
            return value;
        }
    }
}
