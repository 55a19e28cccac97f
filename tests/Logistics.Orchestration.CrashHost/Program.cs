using Logistics.Orchestration;
using Logistics.Orchestration.Client;
using Logistics.Orchestration.CrashHost;
using Logistics.Orchestration.Hosting;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: CrashHost <database path> <instance count> [stall after N effects]. Schedules the instances (ids already taken
// are skipped), then runs the embedded worker until every instance is terminal or the process is killed — the parent
// kills it mid-run.
if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: Logistics.Orchestration.CrashHost <database path> <instance count> [stall after N effects]");
    return 2;
}

if (args.Length == 3)
    CrashScenario.StallAfterEffects = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);

var count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
await using var storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = args[0] }, TimeProvider.System);
await storage.Documents.EnsureContainerAsync(CrashScenario.Effects);
var services = new ServiceCollection();
services.AddSingleton(storage.Documents);
services.AddSingleton(storage.Queue);
services.AddOrchestrationEngine(registry => CrashScenario.Register(registry, storage.Documents));
services.AddEmbeddedOrchestrationWorker(o => o.ActivityReceivers = 4);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<OrchestrationClient>();
for (var i = 0; i < count; i++)
{
    try
    {
        await client.ScheduleNewOrchestrationInstanceAsync(CrashScenario.Orchestrator, i, new StartOrchestrationOptions(CrashScenario.InstanceId(i)));
    }
    catch (OrchestrationAlreadyExistsException)
    {
        // Scheduled by an earlier run.
    }
}

Console.WriteLine("scheduled");
var worker = provider.GetServices<IHostedService>().Single();
await worker.StartAsync(CancellationToken.None);
for (var i = 0; i < count; i++)
    await client.WaitForInstanceCompletionAsync(CrashScenario.InstanceId(i));
Console.WriteLine("all done");
await worker.StopAsync(CancellationToken.None);
return 0;
