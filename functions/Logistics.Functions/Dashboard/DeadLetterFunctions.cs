using System.Text.Json;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Storage.Messaging;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Dashboard;

/// <summary>
/// Dead letters of the warehouse event topic's subscriptions (ops key): list them with their reason, and re-drive them.
/// </summary>
/// <remarks>
/// They live on the embedded queue (<see cref="IMessageQueue"/>), which every deployment on SQLite documents has, the
/// local runtime always. A deployment on Cosmos DB under the Functions host has no queue the app can read: its events
/// are Cosmos DB outbox documents, and their relay to Service Bus, with Service Bus's own dead-letter queues, is not
/// built yet. There the list says so and a re-drive answers 501.
/// </remarks>
public sealed class DeadLetterFunctions(HttpApi api, IServiceProvider services)
{
    /// <summary>Most dead letters listed per subscription.</summary>
    public const int MaxListed = 200;

    private const string NoQueue =
        "This deployment keeps its events in the Cosmos DB outbox; their relay to Service Bus (and its dead-letter queues) is not built yet, so there are no dead letters to show.";

    /// <summary><c>GET /api/ops/dashboard/dead-letters</c>: every subscription's dead letters, oldest first.</summary>
    [Function("DashboardDeadLetters")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DashboardInstanceFunctions.Route + "/dead-letters")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var topic = WarehouseStore.Topic;
            if (await QueueAsync(call.Cancellation) is not { } queue)
            {
                return TypedResults.Ok(new DeadLetterReport(false, topic.Name, [], NoQueue));
            }

            var subscriptions = new List<DeadLetterSubscription>();
            foreach (var name in topic.Subscriptions)
            {
                var path = EntityDefinition.SubscriptionPath(topic.Name, name);
                var letters = await queue.ListDeadLettersAsync(path, MaxListed, call.Cancellation);
                subscriptions.Add(new DeadLetterSubscription(name, path, await queue.CountActiveAsync(path, call.Cancellation), [.. letters.Select(View)]));
            }

            return TypedResults.Ok(new DeadLetterReport(true, topic.Name, subscriptions));
        });

    /// <summary>
    /// <c>POST /api/ops/dashboard/dead-letters/redrive</c> with <c>{"subscription":"billing","sequenceNumbers":[…]}</c>
    /// (all of the subscription's dead letters when <c>sequenceNumbers</c> is left out): 200 with how many went back.
    /// </summary>
    [Function("DashboardRedriveDeadLetters")]
    public Task<IResult> RedriveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DashboardInstanceFunctions.Route + "/dead-letters/redrive")] HttpRequest request) =>
        api.RunAsync<RedriveRequest>(request, Access.Ops, async (call, body) =>
        {
            var topic = WarehouseStore.Topic;
            if (!topic.Subscriptions.Contains(body.Subscription, StringComparer.Ordinal))
            {
                return Problems.Validation(("/subscription", $"'{body.Subscription}' is not a subscription of {topic.Name} ({string.Join(", ", topic.Subscriptions)})."));
            }

            if (await QueueAsync(call.Cancellation) is not { } queue)
            {
                return Problems.Of(StatusCodes.Status501NotImplemented, ProblemTypes.Internal, NoQueue);
            }

            var redriven = await queue.RedriveDeadLettersAsync(EntityDefinition.SubscriptionPath(topic.Name, body.Subscription), body.SequenceNumbers, call.Cancellation);
            return TypedResults.Ok(new RedriveResult(body.Subscription, redriven));
        });

    private async Task<IMessageQueue?> QueueAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IMessageQueue>() is not { } queue)
        {
            return null;
        }

        // The topic is declared on first use of the warehouse container; a fresh app may not have used it yet.
        await services.GetRequiredService<WarehouseStore>().ContainerAsync(cancellationToken);
        return queue;
    }

    private static DeadLetterView View(DeadLetteredMessage message)
    {
        string? type = null, id = null, owner = null, subject = null;
        try
        {
            using var body = JsonDocument.Parse(message.Body);
            if (body.RootElement.ValueKind == JsonValueKind.Object)
            {
                type = Text(body.RootElement, "eventType");
                id = Text(body.RootElement, "eventId");
                owner = Text(body.RootElement, "ownerId");
                subject = Text(body.RootElement, "subject");
            }
        }
        catch (JsonException)
        {
            // Not a warehouse event: the body is shown as it is.
        }

        return new DeadLetterView(message.SequenceNumber, message.Reason, message.DeliveryCount, message.EnqueuedAt, message.DeadLetteredAt, type, id, owner, subject, message.Body);
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
