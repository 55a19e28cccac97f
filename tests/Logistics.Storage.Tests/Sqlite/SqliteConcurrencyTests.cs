using System.Collections.Concurrent;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>Many writers and receivers at once: optimistic concurrency loses no update, a lock is never shared.</summary>
public sealed class SqliteConcurrencyTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task Concurrent_read_modify_write_with_etag_retries_loses_no_update()
    {
        const int Workers = 16;
        const int IncrementsEach = 25;
        await database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition("counters", "/pk"));
        var container = database.Storage.Documents.GetContainer("counters");
        await container.CreateAsync(new TestDocument("counter", "p1", Qty: 0));
        var conflicts = 0;
        var firstReads = 0;
        var allReadOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < IncrementsEach; i++)
            {
                while (true)
                {
                    var current = (await container.ReadAsync<TestDocument>("counter", "p1"))!;
                    if (i == 0 && Volatile.Read(ref firstReads) < Workers)
                    {
                        // Line every worker up on the same version once, so the ETag retry path surely runs.
                        if (Interlocked.Increment(ref firstReads) == Workers)
                            allReadOnce.SetResult();
                        await allReadOnce.Task;
                    }

                    try
                    {
                        await container.ReplaceAsync(current.Value with { Qty = current.Value.Qty + 1 }, current.ETag);
                        break;
                    }
                    catch (DocumentPreconditionFailedException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        Assert.Equal(Workers * IncrementsEach, (await container.ReadAsync<TestDocument>("counter", "p1"))!.Value.Qty);
        Assert.True(conflicts >= Workers - 1, $"expected the lined-up first round to conflict, saw {conflicts} conflicts");
    }

    [Fact]
    public async Task Concurrent_patch_increments_are_atomic()
    {
        await database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition("counters", "/pk"));
        var container = database.Storage.Documents.GetContainer("counters");
        await container.CreateAsync(new TestDocument("counter", "p1"));

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(
            () => container.PatchAsync<TestDocument>("counter", "p1", [PatchOperation.Increment("/qty", 1L)]))));

        Assert.Equal(200, (await container.ReadAsync<TestDocument>("counter", "p1"))!.Value.Qty);
    }

    [Fact]
    public async Task Concurrent_receivers_never_get_the_same_message_under_a_valid_lock()
    {
        const int Messages = 600;
        var queue = database.Storage.Queue;
        await queue.DeclareAsync(EntityDefinition.Queue("q"));
        await queue.SendAsync(Enumerable.Range(0, Messages).Select(i => new OutgoingMessage("q", $"m{i}")).ToList());
        var seen = new ConcurrentDictionary<long, string>();
        var duplicates = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var batch = await queue.ReceiveAsync("q", 7, TimeSpan.FromMinutes(5));
                if (batch.Count == 0)
                    return;
                foreach (var message in batch)
                {
                    if (!seen.TryAdd(message.SequenceNumber, message.LockToken))
                        Interlocked.Increment(ref duplicates);
                    await queue.CompleteAsync(message);
                }
            }
        })));

        Assert.Equal(0, duplicates);
        Assert.Equal(Messages, seen.Count);
        Assert.Equal(0, await queue.CountActiveAsync("q"));
    }

    public void Dispose() => database.Dispose();
}
