using System.Text.Json;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Storage.Messaging;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Events;

/// <summary>
/// The ops API of the events topic's dead letters (ops key): list them per subscription with their reason, and
/// re-drive them (all of a subscription, or chosen ones) so their consumer gets them again.
/// </summary>
/// <remarks>
/// Through <see cref="IMessageQueue"/>: the embedded queue locally, the subscriptions' dead-letter sub-queues on Service
/// Bus. A re-driven event that was applied meanwhile is dropped by its consumer's mark, so a re-drive is always safe.
/// </remarks>
public sealed class EventDeadLetterFunctions(HttpApi api, IMessageQueue queue, WarehouseStore store)
{
    /// <summary>The routes' common part.</summary>
    public const string Route = "ops/events/dead-letters";

    /// <summary>Most dead letters listed per subscription.</summary>
    public const int MaxListed = 200;

    /// <summary><c>GET /api/ops/events/dead-letters</c>: every subscription's dead letters, oldest first, and its backlog.</summary>
    [Function("ListEventDeadLetters")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            // The topic is declared on first use of the warehouse container; a fresh app may not have used it yet.
            await store.ContainerAsync(call.Cancellation);
            var topic = WarehouseStore.Topic;
            var subscriptions = new List<DeadLetterSubscription>();
            foreach (var name in topic.Subscriptions)
            {
                var path = EntityDefinition.SubscriptionPath(topic.Name, name);
                var letters = await queue.ListDeadLettersAsync(path, MaxListed, call.Cancellation);
                subscriptions.Add(new DeadLetterSubscription(name, path, await queue.CountActiveAsync(path, call.Cancellation), [.. letters.Select(View)]));
            }

            return TypedResults.Ok(new DeadLetterReport(topic.Name, subscriptions));
        });

    /// <summary>
    /// <c>POST /api/ops/events/dead-letters/redrive</c> with <c>{"subscription":"billing","sequenceNumbers":[…]}</c>
    /// (all of the subscription's dead letters when <c>sequenceNumbers</c> is left out): 200 with how many went back.
    /// </summary>
    [Function("RedriveEventDeadLetters")]
    public Task<IResult> RedriveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/redrive")] HttpRequest request) =>
        api.RunAsync<RedriveRequest>(request, Access.Ops, async (call, body) =>
        {
            var topic = WarehouseStore.Topic;
            if (!topic.Subscriptions.Contains(body.Subscription, StringComparer.Ordinal))
            {
                return Problems.Validation(("/subscription", $"'{body.Subscription}' is not a subscription of {topic.Name} ({string.Join(", ", topic.Subscriptions)})."));
            }

            await store.ContainerAsync(call.Cancellation);
            var redriven = await queue.RedriveDeadLettersAsync(EntityDefinition.SubscriptionPath(topic.Name, body.Subscription), body.SequenceNumbers, call.Cancellation);
            return TypedResults.Ok(new RedriveResult(body.Subscription, redriven));
        });

    private static DeadLetterView View(DeadLetteredMessage message)
    {
        string? type = null, id = null, owner = null, subject = null;
        try
        {
            using var body = JsonDocument.Parse(message.Body);
            if (body.RootElement.ValueKind == JsonValueKind.Object)
            {
                type = Text(body.RootElement, "type");
                id = Text(body.RootElement, "id");
                owner = Text(body.RootElement, "owner");
                subject = Text(body.RootElement, "subject");
            }
        }
        catch (JsonException)
        {
            // Not an event envelope: the body is shown as it is.
        }

        return new DeadLetterView(message.SequenceNumber, message.Reason, message.DeliveryCount, message.EnqueuedAt, message.DeadLetteredAt, type, id, owner, subject, message.Body);
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
