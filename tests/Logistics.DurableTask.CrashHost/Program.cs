using System.Globalization;
using Logistics.DurableTask.CrashHost;
using Logistics.DurableTask.Hosting;
using Logistics.Storage;
using Logistics.Storage.Sqlite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: Logistics.DurableTask.CrashHost <database path> <instance count> <kill hint>
// Schedules the instances (ids already present are skipped), then runs the worker until every instance has finished, printing
// "effect N" per step executed. Kill hint N > 0: only N steps run, later ones wait for ever, so the parent's SIGKILL lands
// mid-run with writes in flight; 0 runs to the end.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Logistics.DurableTask.CrashHost <database path> <instance count> <kill hint>");
    return 2;
}

var count = int.Parse(args[1], CultureInfo.InvariantCulture);
var killHint = int.Parse(args[2], CultureInfo.InvariantCulture);
if (killHint > 0)
    CrashScenario.HoldAfter(killHint);

var services = new ServiceCollection();
services.AddEmbeddedStorage(options =>
{
    options.DatabasePath = args[0];
    options.SynchronousMode = SqliteSynchronousMode.Full;
});
services.AddSqliteOrchestrationService();
services.AddLocalDurableTask(CrashScenario.Register);
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<SqliteStorage>().Documents.EnsureContainerAsync(CrashScenario.Effects);
var client = provider.GetRequiredService<DurableTaskClient>();
for (var i = 0; i < count; i++)
{
    var id = CrashScenario.InstanceId(i);
    if (await client.GetInstanceAsync(id) is null)
        await client.ScheduleNewOrchestrationInstanceAsync(CrashScenario.Orchestrator, i, new StartOrchestrationOptions(id));
}

Console.WriteLine("scheduled");
var worker = provider.GetServices<IHostedService>().Single();
await worker.StartAsync(CancellationToken.None);
for (var i = 0; i < count; i++)
    await client.WaitForInstanceCompletionAsync(CrashScenario.InstanceId(i));
Console.WriteLine("all done");
await worker.StopAsync(CancellationToken.None);
return 0;
