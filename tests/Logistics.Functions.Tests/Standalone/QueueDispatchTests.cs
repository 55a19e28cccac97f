using Logistics.Functions.Tests.Infrastructure;
using Logistics.Storage.Messaging;

namespace Logistics.Functions.Tests.Standalone;

/// <summary>Queue and topic functions fed by the embedded queue in the standalone runtime.</summary>
[Collection(TestFunctionsCollection.Name)]
public sealed class QueueDispatchTests : IDisposable
{
    private readonly InvocationLog _log = TestFunctions.Reset();
    private readonly FunctionHostFactory _factory = new(
        new Dictionary<string, string?> { ["Standalone:MaxDeliveryCount"] = "3", ["Standalone:EnableTimers"] = "false" },
        TestFunctions.Create());

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task QueueMessage_RunsItsFunction_AndTheOutputFeedsTheNextQueue()
    {
        _ = _factory.Server;
        var queue = _factory.Get<IMessageQueue>();

        await queue.SendAsync([new OutgoingMessage("test-in", "pallet-9")]);
        await _log.WaitUntilAsync(all => all.Any(i => i.FunctionName == "TestForwarded"));

        var first = Assert.Single(_log.All, i => i.FunctionName == "TestQueue");
        Assert.Equal("pallet-9", first.Body);
        Assert.Equal(1, first.DeliveryCount);
        Assert.Equal("PALLET-9", Assert.Single(_log.All, i => i.FunctionName == "TestForwarded").Body);
        await Eventually.TrueAsync(async () => await queue.CountActiveAsync("test-in") == 0, "test-in to be completed");
    }

    [Fact]
    public async Task TopicMessage_RunsTheSubscriptionFunction()
    {
        _ = _factory.Server;
        await _factory.Get<IMessageQueue>().SendAsync([new OutgoingMessage("test-events", """{"event":"shipped"}""")]);

        await _log.WaitUntilAsync(all => all.Any(i => i.FunctionName == "TestTopic"));

        Assert.Equal("""{"event":"shipped"}""", Assert.Single(_log.All).Body);
    }

    [Fact]
    public async Task FailingMessage_IsRetried_ThenDeadLetteredAfterMaxDeliveries()
    {
        _ = _factory.Server;
        var queue = _factory.Get<IMessageQueue>();

        await queue.SendAsync([new OutgoingMessage("test-poison", "bad")]);
        await _log.WaitUntilAsync(all => all.Count(i => i.FunctionName == "TestFailing") >= 3);
        await Eventually.TrueAsync(async () => (await queue.ListDeadLettersAsync("test-poison")).Count == 1, "the dead letter");

        Assert.Equal([1, 2, 3], _log.All.Where(i => i.FunctionName == "TestFailing").Select(i => i.DeliveryCount));
        Assert.Equal("bad", Assert.Single(await queue.ListDeadLettersAsync("test-poison")).Body);
        Assert.Equal(0, await queue.CountActiveAsync("test-poison"));
    }
}
