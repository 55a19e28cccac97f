using Logistics.Storage.CrashWriter;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>
/// Kills a writing child process with SIGKILL mid-stream and checks the reopened database: every acknowledged write is
/// there, and every batch is all there or not at all (its documents and its outbox message alike).
/// </summary>
public sealed class SqliteCrashTests : IDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(60);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "logistics-storage-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_and_no_half_batch_is_visible()
    {
        var path = Path.Combine(folder, "crash.db");
        var acknowledged = new List<string>();
        // Three kills at different points; each run resumes on the file the previous kill left behind.
        int[] killAfter = [40, 97, 160];
        for (var round = 0; round < killAfter.Length; round++)
        {
            using var child = CrashWriterProcess.Start(path, firstIndex: round * 1_000_000L);
            await child.WaitForAcknowledgementsAsync(killAfter[round], SafetyNet);
            await child.KillAsync();
            acknowledged.AddRange(child.Acknowledged);
        }

        await using var storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = path }, TimeProvider.System);
        var container = storage.Documents.GetContainer(CrashWorkload.Container);
        var batchMessages = await DrainAsync(storage.Queue, CrashWorkload.BatchQueue);
        var plainMessages = await DrainAsync(storage.Queue, CrashWorkload.MessageQueue);
        var batchDocuments = new List<Document<System.Text.Json.JsonElement>>();
        var query = new DocumentQuery(null) { PageSize = 500 }.WhereEquals("/kind", "batch");
        for (string? token = null; ;)
        {
            var page = await container.QueryAsync<System.Text.Json.JsonElement>(query with { ContinuationToken = token });
            batchDocuments.AddRange(page.Items);
            if ((token = page.ContinuationToken) is null)
                break;
        }

        var partitions = batchDocuments.GroupBy(document => document.PartitionKey).ToDictionary(group => group.Key, group => group.Count());

        Assert.True(acknowledged.Count >= killAfter.Sum(), $"only {acknowledged.Count} acknowledgements");
        foreach (var ack in acknowledged)
        {
            var parts = ack.Split(' ');
            switch (parts[0])
            {
                case "doc":
                    Assert.True(await container.ReadAsync<System.Text.Json.JsonElement>(parts[1], parts[2]) is not null, $"lost acknowledged {ack}");
                    break;
                case "batch":
                    Assert.True(partitions.GetValueOrDefault(parts[1]) == CrashWorkload.BatchSize, $"lost acknowledged {ack}");
                    Assert.Contains(parts[1], batchMessages);
                    break;
                case "msg":
                    Assert.Contains(parts[1], plainMessages);
                    break;
                default:
                    Assert.Fail($"unexpected line '{ack}'");
                    break;
            }
        }

        // All or nothing, acknowledged or not: a batch partition has all its documents, and exactly those partitions
        // have their outbox message.
        Assert.All(partitions, partition => Assert.Equal(CrashWorkload.BatchSize, partition.Value));
        Assert.Equal(partitions.Keys.Order(StringComparer.Ordinal), batchMessages.Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup only.
        }
    }

    private static async Task<List<string>> DrainAsync(IMessageQueue queue, string entity)
    {
        var bodies = new List<string>();
        while (true)
        {
            var messages = await queue.ReceiveAsync(entity, 100, TimeSpan.FromHours(1));
            if (messages.Count == 0)
                return bodies;
            bodies.AddRange(messages.Select(message => message.Body));
        }
    }
}
