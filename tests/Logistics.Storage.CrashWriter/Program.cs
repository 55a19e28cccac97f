using System.Globalization;
using Logistics.Storage.CrashWriter;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;

// Usage: Logistics.Storage.CrashWriter <database path> <first index>
// Writes forever; prints "<kind> <key>;" only after the write was acknowledged (committed).
var databasePath = args[0];
var index = long.Parse(args[1], CultureInfo.InvariantCulture);
await using var storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = databasePath }, TimeProvider.System);
await storage.Documents.EnsureContainerAsync(new ContainerDefinition(CrashWorkload.Container, "/pk"));
await storage.Queue.DeclareAsync(EntityDefinition.Queue(CrashWorkload.BatchQueue));
await storage.Queue.DeclareAsync(EntityDefinition.Queue(CrashWorkload.MessageQueue));
var container = storage.Documents.GetContainer(CrashWorkload.Container);
var output = Console.Out;
await output.WriteLineAsync("ready" + CrashWorkload.EndOfAck);

for (; ; index++)
{
    switch (index % 3)
    {
        case 0:
            var id = $"d{index}";
            var pk = $"p{index % 7}";
            await container.CreateAsync(new { id, pk, kind = "single", index });
            await output.WriteLineAsync($"doc {id} {pk}{CrashWorkload.EndOfAck}");
            break;
        case 1:
            var partition = $"b{index}";
            var batch = container.CreateBatch(partition);
            for (var k = 0; k < CrashWorkload.BatchSize; k++)
                batch.Create(new { id = $"{partition}-{k}", pk = partition, kind = "batch", index });
            batch.Send(new OutgoingMessage(CrashWorkload.BatchQueue, partition));
            await batch.ExecuteAsync();
            await output.WriteLineAsync($"batch {partition}{CrashWorkload.EndOfAck}");
            break;
        default:
            var body = $"m{index}";
            await storage.Queue.SendAsync([new OutgoingMessage(CrashWorkload.MessageQueue, body)]);
            await output.WriteLineAsync($"msg {body}{CrashWorkload.EndOfAck}");
            break;
    }
}
