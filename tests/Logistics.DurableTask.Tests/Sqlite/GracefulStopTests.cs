using Logistics.DurableTask.Tests.Support;
using Logistics.Storage.Sqlite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.DurableTask.Tests.Sqlite;

public sealed class GracefulStopTests
{
    [Fact]
    public async Task Stopping_the_worker_lets_a_running_activity_finish_and_commit_and_a_restart_continues_from_there()
    {
        var databasePath = DurableTaskHost.NewDatabasePath();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executions = 0;
        void Register(DurableTaskRegistry registry) => registry
            .AddOrchestratorFunc<string, int>("Gated", (context, _) => context.CallActivityAsync<int>("Wait"))
            .AddActivityFunc<int>("Wait", async _ =>
            {
                Interlocked.Increment(ref executions);
                entered.TrySetResult();
                await gate.Task;
                return 7;
            });
        string id;
        await using (var host = await DurableTaskHost.StartSqliteAsync(Register, databasePath: databasePath))
        {
            id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Gated", "x");
            await entered.Task.WaitAsync(DurableTaskHost.Patience);

            var stopping = host.StopAsync();
            Assert.False(stopping.IsCompleted, "the worker stopped while an activity was still running");
            gate.SetResult();
            await stopping.WaitAsync(DurableTaskHost.Patience);

            var storage = host.Services.GetRequiredService<SqliteStorage>();
            var pendingTasks = storage.Database.Read(session => (long)session.Command("SELECT COUNT(*) FROM dt_activities").ExecuteScalar()!);
            Assert.Equal(0, pendingTasks);
        }

        await using (var restarted = await DurableTaskHost.StartSqliteAsync(Register, databasePath: databasePath))
        {
            var done = await restarted.WaitForCompletionAsync(id);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
            Assert.Equal(7, done.ReadOutputAs<int>());
        }

        Assert.Equal(1, executions);
        Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
    }
}
