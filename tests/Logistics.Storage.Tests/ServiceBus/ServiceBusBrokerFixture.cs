using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Messaging.ServiceBus;
using Logistics.Storage.Azure.ServiceBus;
using Logistics.Storage.Tests.Emulators;

namespace Logistics.Storage.Tests.ServiceBus;

/// <summary>
/// One AMQP test broker (tests/emulators/servicebus-broker.js) that the real Service Bus SDK talks to, and a
/// <see cref="ServiceBusMessageQueue"/> on it. The broker declares entity templates, so each test takes queues and
/// topics of its own by name prefix. A missing broker or rhea fails the tests: <see cref="EmulatorProcess"/> throws.
/// </summary>
public sealed partial class ServiceBusBrokerFixture : IAsyncLifetime
{
    /// <summary>Lock 30 s, 10 deliveries.</summary>
    public const string QueuePrefix = "q-";

    /// <summary>Lock 30 s, 3 deliveries.</summary>
    public const string ThreeDeliveriesPrefix = "q3-";

    /// <summary>Locks of <see cref="ShortLock"/>, for tests that let a lock expire.</summary>
    public const string ShortLockPrefix = "lock-";

    /// <summary>Locks of <see cref="SlowLock"/>: long enough to see that a message stays away while its lock runs.</summary>
    public const string SlowLockPrefix = "slowlock-";

    /// <summary>Topics with subscriptions <c>a</c> and <c>b</c>, lock 30 s, 10 deliveries.</summary>
    public const string TopicPrefix = "t-";

    /// <summary>A name no template matches.</summary>
    public const string Undeclared = "undeclared-entity";

    /// <summary>Short, so the tests that wait for "nothing arrives" are quick; long enough for the broker to answer.</summary>
    public static readonly TimeSpan ReceiveWait = TimeSpan.FromMilliseconds(300);

    public static readonly TimeSpan ShortLock = TimeSpan.FromMilliseconds(500);

    public static readonly TimeSpan SlowLock = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Lock = TimeSpan.FromSeconds(30);

    private EmulatorProcess? _broker;
    private string? _configPath;

    /// <summary>The development-emulator connection string: plain AMQP to the broker; the key is checked by nobody.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The adapter under test, shared by the collection (every test uses entities of its own).</summary>
    public ServiceBusMessageQueue Queue { get; private set; } = null!;

    /// <summary>A plain SDK client, for looking at what the adapter wrote.</summary>
    public ServiceBusClient Client { get; private set; } = null!;

    /// <summary>What the broker printed, for failure messages.</summary>
    public string Output => _broker?.Output ?? string.Empty;

    public static string NewName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    public ServiceBusQueueOptions Options() => new() { ConnectionString = ConnectionString, ReceiveWait = ReceiveWait };

    public async Task InitializeAsync()
    {
        _configPath = Path.Combine(Path.GetTempPath(), $"servicebus-broker-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(_configPath, JsonSerializer.Serialize(BrokerConfig()));
        _broker = await EmulatorProcess.StartScriptAsync("servicebus-broker.js", $"\"{_configPath}\"", ReadyLine());
        ConnectionString = $"Endpoint=sb://127.0.0.1:{_broker.Port};SharedAccessKeyName=test;SharedAccessKey=not-checked;UseDevelopmentEmulator=true";
        Queue = new ServiceBusMessageQueue(Options());
        Client = new ServiceBusClient(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (Queue is not null)
            await Queue.DisposeAsync();
        if (Client is not null)
            await Client.DisposeAsync();
        if (_broker is not null)
            await _broker.DisposeAsync();
        if (_configPath is not null)
            File.Delete(_configPath);
    }

    private static object BrokerConfig()
    {
        var lockMs = (int)Lock.TotalMilliseconds;
        return new
        {
            queues = new object[]
            {
                new { name = QueuePrefix + "*", lockDurationMs = lockMs, maxDeliveryCount = 10 },
                new { name = ThreeDeliveriesPrefix + "*", lockDurationMs = lockMs, maxDeliveryCount = 3 },
                new { name = ShortLockPrefix + "*", lockDurationMs = (int)ShortLock.TotalMilliseconds, maxDeliveryCount = 10 },
                new { name = SlowLockPrefix + "*", lockDurationMs = (int)SlowLock.TotalMilliseconds, maxDeliveryCount = 10 },
            },
            topics = new object[]
            {
                new { name = TopicPrefix + "*", lockDurationMs = lockMs, maxDeliveryCount = 10, subscriptions = new[] { new { name = "a" }, new { name = "b" } } },
            },
        };
    }

    [GeneratedRegex(@"listening on 127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ReadyLine();
}
