using Logistics.DurableTask.Client;
using Logistics.DurableTask.Sqlite;
using Logistics.DurableTask.Tests.Conformance;
using Logistics.DurableTask.Tests.Support;
using Logistics.Storage.Sqlite;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using CoreQuery = DurableTask.Core.Query.OrchestrationQuery;

namespace Logistics.DurableTask.Tests.Sqlite;

/// <summary>One worker owns a task hub file; clients in other processes (here: other storage instances) use it freely.</summary>
public sealed class TaskHubOwnershipTests : IDisposable
{
    private readonly string databasePath = DurableTaskHost.NewDatabasePath();

    public void Dispose()
    {
        if (Directory.Exists(Path.GetDirectoryName(databasePath)))
            Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
    }

    [Fact]
    public async Task A_second_worker_on_the_same_file_is_refused_until_the_first_stops()
    {
        await using var firstStorage = Open(databasePath);
        await using var secondStorage = Open(databasePath);
        await using var first = new SqliteOrchestrationService(firstStorage);
        await using var second = new SqliteOrchestrationService(secondStorage);
        await first.StartAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(second.StartAsync);

        Assert.Contains("already run by another worker", refused.Message, StringComparison.Ordinal);
        Assert.Contains(databasePath, refused.Message, StringComparison.Ordinal);
        await first.StopAsync();
        await second.StartAsync();
        await second.StopAsync();
    }

    [Fact]
    public async Task Work_written_through_another_storage_instance_on_the_same_file_is_picked_up()
    {
        await using var host = await DurableTaskHost.StartSqliteAsync(
            ConformanceTasks.Register,
            configure: options => options.PollInterval = TimeSpan.FromMilliseconds(100),
            addServices: services => services.AddSingleton<ConformanceTasks.Greeter>());
        await using var otherStorage = Open(host.DatabasePath!);
        await using var otherService = new SqliteOrchestrationService(otherStorage);
        var otherClient = new OrchestrationServiceDurableTaskClient("other", otherService, DurableTaskHost.Converter);

        var id = await otherClient.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x");
        await host.WaitUntilAsync(id, metadata => metadata.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        await otherClient.RaiseEventAsync(id, "go", "from elsewhere");
        using var timeout = new CancellationTokenSource(DurableTaskHost.Patience);
        var done = await otherClient.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal("from elsewhere", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Messages_for_an_instance_that_does_not_exist_are_discarded()
    {
        await using var host = await DurableTaskHost.StartSqliteAsync(ConformanceTasks.Register, addServices: services => services.AddSingleton<ConformanceTasks.Greeter>());
        var storage = host.Services.GetRequiredService<SqliteStorage>();

        await host.Client.RaiseEventAsync("ghost", "go", "nobody listens");
        // A later instance completes after the ghost's message was read: the worker serves instances in arrival order.
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", new ConformanceTasks.Parcel("A", 1, ConformanceTasks.ParcelState.Received));
        await host.WaitForCompletionAsync(id);

        var left = storage.Database.Read(session => (long)session.Command("SELECT COUNT(*) FROM dt_messages WHERE instance_id = 'ghost'").ExecuteScalar()!);
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task A_continuation_token_not_issued_by_the_task_hub_is_rejected()
    {
        await using var storage = Open(databasePath);
        await using var service = new SqliteOrchestrationService(storage);

        foreach (var garbage in new[] { "not base64 at all!", "AAAA", "ZHQyOmFiYw", Convert.ToBase64String(new byte[] { 0xff, 0xfe, 0xfd }) })
        {
            var rejected = await Assert.ThrowsAsync<ArgumentException>(() =>
                service.GetOrchestrationWithQueryAsync(new CoreQuery { ContinuationToken = garbage }, CancellationToken.None));
            Assert.Contains("continuation token", rejected.Message, StringComparison.Ordinal);
        }
    }

    private static SqliteStorage Open(string path) =>
        SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = path, SynchronousMode = SqliteSynchronousMode.Normal }, TimeProvider.System);
}
