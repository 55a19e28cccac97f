using System.Text;
using System.Text.Json;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Documents.Contract;
using Logistics.Storage.Tests.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using CosmosPartitionKey = Microsoft.Azure.Cosmos.PartitionKey;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// <see cref="CosmosOutboxRelay"/> on the local server, sending into the real embedded queue: every committed message
/// arrives at least once with its id, a checkpoint moves only forward and only after its messages were sent.
/// </summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosOutboxRelayTests(CosmosServerFixture server) : IDisposable
{
    private const string Destination = "shipments";
    private static readonly TimeSpan Lock = TimeSpan.FromMinutes(5);
    private readonly SqliteTestDatabase _bus = new();
    private readonly RecordingLogger<CosmosOutboxRelay> _logger = new();

    [Fact]
    public async Task Messages_committed_in_two_partitions_are_all_relayed_once_with_their_bodies_ids_and_due_times()
    {
        var container = await NewContainerAsync();
        var relay = NewRelay(container);
        var destination = await NewDestinationAsync();
        var due = _bus.Clock.GetUtcNow().AddHours(1);
        var written = new List<OutgoingMessage>();
        written.AddRange(await CommitAsync(container, "p1", Message("e1"), Message("e2") with { NotBefore = due }));
        written.AddRange(await CommitAsync(container, "p2", Message("e3")));

        var sent = await relay.RelayAsync(destination, 100);

        Assert.Equal(3, sent);
        Assert.Equal(written.OrderBy(m => m.MessageId, StringComparer.Ordinal), destination.Sent.OrderBy(m => m.MessageId, StringComparer.Ordinal));
        Assert.Equal(["e1", "e2"], destination.Sent.Select(m => m.MessageId).Where(id => id is "e1" or "e2"));
        Assert.Equal([Body("e1"), Body("e3")], (await ReceiveAllAsync()).Order(StringComparer.Ordinal));
        _bus.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([Body("e2")], await ReceiveAllAsync());
        Assert.Contains(_logger.Entries, entry => entry.EventId.Id == 3102 && entry.Message.Contains(container.Definition.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_run_sends_nothing_new_and_the_next_run_sends_what_was_committed_since()
    {
        var container = await NewContainerAsync();
        var relay = NewRelay(container);
        var destination = await NewDestinationAsync();
        await CommitAsync(container, "p1", Message("e1"));
        await relay.RelayAsync(destination, 100);

        var again = await relay.RelayAsync(destination, 100);
        await CommitAsync(container, "p2", Message("e2"));
        await CommitAsync(container, "p1", Message("e3"));
        var next = await relay.RelayAsync(destination, 100);

        Assert.Equal(0, again);
        Assert.Equal(2, next);
        Assert.Equal(["e1", "e2", "e3"], destination.Sent.Select(m => m.MessageId));
        Assert.Equal(0, await relay.RelayAsync(destination, 100));
    }

    [Fact]
    public async Task A_crash_between_the_send_and_the_checkpoint_loses_nothing_and_the_repeat_carries_the_same_message_id()
    {
        var container = await NewContainerAsync();
        var written = new List<OutgoingMessage>();
        written.AddRange(await CommitAsync(container, "p1", Message("e1"), Message("e2")));
        written.AddRange(await CommitAsync(container, "p2", Message("e3")));
        var crashing = await NewDestinationAsync();
        crashing.AfterSend = _ => throw new InvalidOperationException("process killed after the send");

        await Assert.ThrowsAsync<InvalidOperationException>(() => NewRelay(container).RelayAsync(crashing, 100));
        var checkpointAfterCrash = await ReadCheckpointAsync(container);
        var destination = await NewDestinationAsync();
        var resent = await NewRelay(container).RelayAsync(destination, 100);

        Assert.Null(checkpointAfterCrash);
        Assert.Equal(3, resent);
        var firstSend = Assert.Single(crashing.Sends);
        Assert.Equal(firstSend.OrderBy(m => m.MessageId, StringComparer.Ordinal), destination.Sent.OrderBy(m => m.MessageId, StringComparer.Ordinal));
        var received = await ReceiveAllAsync();
        Assert.Equal(6, received.Count);
        Assert.Equal(written.Select(m => m.MessageId!).ToHashSet(), received.Select(EventIdOf).ToHashSet());
        Assert.Equal(0, await NewRelay(container).RelayAsync(destination, 100));
    }

    [Fact]
    public async Task A_failed_send_leaves_the_checkpoint_where_it_was()
    {
        var container = await NewContainerAsync();
        var relay = NewRelay(container);
        var destination = await NewDestinationAsync();
        await CommitAsync(container, "p1", Message("e1"));
        await relay.RelayAsync(destination, 100);
        var before = await ReadCheckpointAsync(container);
        await CommitAsync(container, "p1", Message("e2"));
        destination.BeforeSend = _ => throw new InvalidOperationException("the bus is down");

        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.RelayAsync(destination, 100));
        var after = await ReadCheckpointAsync(container);
        destination.BeforeSend = null;
        var retried = await relay.RelayAsync(destination, 100);

        Assert.NotNull(before);
        Assert.Equal(before.ETag, after!.ETag);
        Assert.Equal(before.Value, after.Value);
        Assert.Equal(1, retried);
        Assert.Equal(["e1", "e2"], destination.Sent.Select(m => m.MessageId));
        Assert.Equal([Body("e1"), Body("e2")], await ReceiveAllAsync());
    }

    [Fact]
    public async Task Two_relays_racing_over_one_container_never_move_the_checkpoint_backwards()
    {
        var container = await NewContainerAsync();
        var slow = NewRelay(container);
        var fast = NewRelay(container);
        var slowDestination = await NewDestinationAsync();
        var fastDestination = await NewDestinationAsync();
        await CommitAsync(container, "p1", Message("e0"));
        await slow.RelayAsync(slowDestination, 100);
        await CommitAsync(container, "p1", Message("e1"), Message("e2"));
        Document<CosmosOutboxCheckpoint>? fastCheckpoint = null;
        slowDestination.BeforeSend = async _ =>
        {
            // The slow relay has read its checkpoint and its page (e1, e2); meanwhile e3 commits, and the fast relay
            // sends everything and saves a position past e3.
            slowDestination.BeforeSend = null;
            await CommitAsync(container, "p1", Message("e3"));
            await fast.RelayAsync(fastDestination, 100);
            fastCheckpoint = await ReadCheckpointAsync(container);
        };

        var slowSent = await slow.RelayAsync(slowDestination, 100);
        var afterRace = await ReadCheckpointAsync(container);

        Assert.Equal(2, slowSent);
        Assert.Equal(["e1", "e2", "e3"], fastDestination.Sent.Select(m => m.MessageId));
        Assert.NotNull(fastCheckpoint);
        Assert.Equal(fastCheckpoint.ETag, afterRace!.ETag);
        Assert.Equal(fastCheckpoint.Value, afterRace.Value);
        Assert.Contains(_logger.Entries, entry => entry.EventId.Id == 3104);

        // Had the slow relay saved its older position, e3 would go out again.
        Assert.Equal(0, await slow.RelayAsync(slowDestination, 100));
        Assert.Equal(["e0", "e1", "e2"], slowDestination.Sent.Select(m => m.MessageId));
    }

    [Fact]
    public async Task Documents_that_are_not_outbox_messages_are_never_sent()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("a", "p1"));
        await container.CreateBatch("p2").Create(new TestDocument("b", "p2")).ExecuteAsync();
        await InsertRawAsync(container, $"{{\"id\":\"lookalike\",\"pk\":\"p1\",\"destination\":\"{Destination}\",\"body\":\"not a message\"}}");
        await InsertRawAsync(container, $"{{\"id\":\"unmarked\",\"pk\":\"p1\",\"_outbox\":false,\"destination\":\"{Destination}\",\"body\":\"not a message\"}}");
        var relay = NewRelay(container);
        var destination = await NewDestinationAsync();

        var sent = await relay.RelayAsync(destination, 100);
        await container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Set("/status", "shipped")]);
        var afterUpdate = await relay.RelayAsync(destination, 100);

        Assert.Equal(0, sent);
        Assert.Equal(0, afterUpdate);
        Assert.Empty(destination.Sends);
        Assert.Equal(0, await _bus.Storage.Queue.CountActiveAsync(Destination));
        Assert.NotNull(await ReadCheckpointAsync(container));
    }

    [Fact]
    public async Task A_malformed_outbox_document_is_logged_and_skipped_so_it_blocks_nothing_behind_it()
    {
        var container = await NewContainerAsync();
        await InsertRawAsync(container, $"{{\"id\":\"outbox~broken\",\"pk\":\"p1\",\"_outbox\":true,\"destination\":\"{Destination}\"}}");
        await CommitAsync(container, "p1", Message("e1"));
        var destination = await NewDestinationAsync();

        var sent = await NewRelay(container).RelayAsync(destination, 100);

        Assert.Equal(1, sent);
        Assert.Equal(["e1"], destination.Sent.Select(m => m.MessageId));
        Assert.Contains(_logger.Entries, entry => entry.EventId.Id == 3105 && entry.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_run_sends_about_max_messages_and_the_next_runs_go_on_in_commit_order()
    {
        var container = await NewContainerAsync();
        var relay = NewRelay(container);
        var destination = await NewDestinationAsync();
        foreach (var id in new[] { "e1", "e2", "e3", "e4", "e5" })
            await CommitAsync(container, "p1", Message(id));

        int[] runs = [await relay.RelayAsync(destination, 2), await relay.RelayAsync(destination, 2), await relay.RelayAsync(destination, 2), await relay.RelayAsync(destination, 2)];

        Assert.Equal([2, 2, 1, 0], runs);
        Assert.Equal(["e1", "e2", "e3", "e4", "e5"], destination.Sent.Select(m => m.MessageId));
    }

    [Fact]
    public async Task Every_watched_container_is_relayed_and_shares_the_runs_budget()
    {
        var first = await NewContainerAsync();
        var second = await NewContainerAsync();
        await CommitAsync(first, "p1", Message("e1"));
        await CommitAsync(second, "p1", Message("e2"));
        var relay = new CosmosOutboxRelay(server.Store, [first.Definition, second.Definition], _bus.Clock, _logger);
        var destination = await NewDestinationAsync();

        int[] runs = [await relay.RelayAsync(destination, 1), await relay.RelayAsync(destination, 1), await relay.RelayAsync(destination, 1)];

        Assert.Equal([1, 1, 0], runs);
        Assert.Equal(["e1", "e2"], destination.Sent.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_running_relay_keeps_its_checkpoint_fresh_and_a_stopped_one_is_warned_about()
    {
        var container = await NewContainerAsync();
        var relay = NewRelay(container);
        var destination = await NewDestinationAsync();
        var start = _bus.Clock.GetUtcNow();
        await CommitAsync(container, "p1", Message("e1"));
        await relay.RelayAsync(destination, 100);

        _bus.Clock.Advance(TimeSpan.FromDays(2));
        await relay.RelayAsync(destination, 100);
        var refreshed = await ReadCheckpointAsync(container);
        _bus.Clock.Advance(TimeSpan.FromDays(2));
        await relay.RelayAsync(destination, 100);
        var warningsWhileRunning = StaleWarnings();
        _bus.Clock.Advance(TimeSpan.FromDays(4));
        await relay.RelayAsync(destination, 100);

        Assert.Equal(start.AddDays(2), refreshed!.Value.SavedAt);
        Assert.Empty(warningsWhileRunning);
        var warning = Assert.Single(StaleWarnings());
        Assert.Contains(container.Definition.Name, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCosmosOutboxRelay_registers_one_relay_watching_every_container_named_across_calls()
    {
        var first = await NewContainerAsync();
        var second = await NewContainerAsync();
        await CommitAsync(first, "p1", Message("e1"));
        await CommitAsync(second, "p1", Message("e2"));
        var services = new ServiceCollection()
            .AddSingleton(server.Store)
            .AddSingleton<TimeProvider>(_bus.Clock)
            .AddCosmosOutboxRelay(first.Definition)
            .AddCosmosOutboxRelay(second.Definition);
        await using var provider = services.BuildServiceProvider();
        var destination = await NewDestinationAsync();

        var relay = provider.GetRequiredService<IOutboxRelay>();
        var sent = await relay.RelayAsync(destination, 100);

        Assert.Same(relay, provider.GetRequiredService<IOutboxRelay>());
        Assert.Equal(new[] { first.Definition, second.Definition }, Assert.IsType<CosmosOutboxRelay>(relay).WatchedContainers);
        Assert.Equal(2, sent);
        Assert.Equal(_bus.Clock.GetUtcNow(), (await ReadCheckpointAsync(first))!.Value.SavedAt);
    }

    [Fact]
    public void A_relay_refuses_to_watch_nothing_its_own_checkpoints_or_one_name_twice()
    {
        var clock = _bus.Clock;

        Assert.Throws<ArgumentException>(() => new CosmosOutboxRelay(server.Store, [], clock));
        Assert.Throws<ArgumentException>(() => new CosmosOutboxRelay(server.Store, [CosmosOutboxRelay.CheckpointContainer], clock));
        Assert.Throws<ArgumentException>(() => new CosmosOutboxRelay(server.Store, [new("c", "/a"), new("c", "/b")], clock));
        Assert.Single(new CosmosOutboxRelay(server.Store, [new("c", "/a"), new("c", "/a")], clock).WatchedContainers);
        Assert.Equal(new ContainerDefinition("outbox-relay", "/id"), CosmosOutboxRelay.CheckpointContainer);
    }

    public void Dispose() => _bus.Dispose();

    private static OutgoingMessage Message(string eventId) => new(Destination, Body(eventId), MessageId: eventId);

    private static string Body(string eventId) => $"{{\"event\":\"{eventId}\"}}";

    // A receiver that drops repeats knows a message by its id; the embedded queue does not keep ids, the body does.
    private static string EventIdOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("event").GetString()!;
    }

    // A state change: its document, then each message through a batch. The local server runs no multi-operation
    // transactional batch (CosmosDocumentBatchTests), so each message is a one-operation batch, which writes the same
    // outbox document; the state document keeps other documents in the feed between the messages.
    private static async Task<IReadOnlyList<OutgoingMessage>> CommitAsync(IDocumentContainer container, string partitionKey, params OutgoingMessage[] messages)
    {
        await container.UpsertAsync(new TestDocument("state-" + partitionKey, partitionKey, Qty: messages.Length));
        foreach (var message in messages)
            await container.CreateBatch(partitionKey).Send(message).ExecuteAsync();
        return messages;
    }

    private CosmosOutboxRelay NewRelay(IDocumentContainer container) => new(server.Store, [container.Definition], _bus.Clock, _logger);

    private async Task<RecordingMessageQueue> NewDestinationAsync()
    {
        await _bus.Storage.Queue.DeclareAsync(EntityDefinition.Queue(Destination));
        return new RecordingMessageQueue(_bus.Storage.Queue);
    }

    private async Task<IDocumentContainer> NewContainerAsync()
    {
        // TTL on, as in a container whose batches send: outbox documents expire by their own ttl.
        var definition = new ContainerDefinition("relay" + Guid.NewGuid().ToString("N"), "/pk", DefaultTimeToLiveSeconds: -1);
        await server.Store.EnsureContainerAsync(definition);
        return server.Store.GetContainer(definition.Name);
    }

    private async Task<List<string>> ReceiveAllAsync()
    {
        var received = await _bus.Storage.Queue.ReceiveAsync(Destination, 1000, Lock);
        await _bus.Storage.Queue.CompleteAsync(received);
        return [.. received.Select(message => message.Body)];
    }

    private Task<Document<CosmosOutboxCheckpoint>?> ReadCheckpointAsync(IDocumentContainer watched) =>
        server.Store.GetContainer(CosmosOutboxRelay.CheckpointContainer.Name)
            .ReadAsync<CosmosOutboxCheckpoint>(watched.Definition.Name, watched.Definition.Name);

    private List<(LogLevel Level, EventId EventId, string Message)> StaleWarnings() =>
        [.. _logger.Entries.Where(entry => entry.EventId.Id == 3103 && entry.Level == LogLevel.Warning)];

    // Written through the SDK, bypassing the adapter, for shapes the adapter never writes.
    private async Task InsertRawAsync(IDocumentContainer container, string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var partitionKey = parsed.RootElement.GetProperty("pk").GetString();
        using var response = await server.Client.GetContainer(server.Options.DatabaseName, container.Definition.Name)
            .CreateItemStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), new CosmosPartitionKey(partitionKey));
        Assert.True(response.IsSuccessStatusCode, response.ErrorMessage);
    }
}
