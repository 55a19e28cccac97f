using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Messaging;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>The message queue contract against the embedded SQLite queue, with time driven by the test clock.</summary>
public sealed class SqliteMessageQueueContractTests : MessageQueueContractTests, IDisposable
{
    private readonly SqliteTestDatabase database = new();

    protected override IMessageQueue Queue => database.Storage.Queue;

    protected override DateTimeOffset UtcNow => database.Clock.GetUtcNow();

    protected override TimeSpan ScheduleAhead => TimeSpan.FromMinutes(10);

    protected override async Task<string> NewQueueAsync(int maxDeliveryCount = 10)
    {
        var name = "q" + Guid.NewGuid().ToString("N");
        await Queue.DeclareAsync(EntityDefinition.Queue(name, maxDeliveryCount));
        return name;
    }

    // Every lock here lasts the duration the receive asks for, so any queue will do.
    protected override Task<string> NewShortLockQueueAsync() => NewQueueAsync();

    protected override async Task<string> NewTopicAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        await Queue.DeclareAsync(EntityDefinition.Topic(name, ["a", "b"]));
        return name;
    }

    protected override Task LetTimePassAsync(TimeSpan delay)
    {
        database.Clock.Advance(delay);
        return Task.CompletedTask;
    }

    protected override Task LetLocksExpireAsync() => LetTimePassAsync(Lock);

    public void Dispose() => database.Dispose();
}
