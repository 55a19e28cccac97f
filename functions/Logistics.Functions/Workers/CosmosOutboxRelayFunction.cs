using System.Text.Json;
using Logistics.Functions.Table;
using Logistics.Storage.Azure.Cosmos;

namespace Logistics.Functions.Workers;

/// <summary>
/// Azure with Cosmos DB: a Cosmos DB trigger on one container's change feed hands that container's transactional-outbox
/// documents (see <see cref="CosmosOutboxDocument"/>) to Service Bus through the function's output bindings, one per
/// destination queue or topic. Other changed documents are ignored.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is deleted here: the host sends the outputs only after this function answers 2xx, so a delete at this point
/// would lose the message whenever the send then failed. Outbox documents expire by their <c>ttl</c> instead. A failed
/// invocation (an exception here, or a failed send) is retried by the function's retry policy and the change feed's
/// checkpoint does not move on, so delivery is at least once.
/// </para>
/// <para>
/// Duplicates are harmless: the consumers are idempotent (the engine de-duplicates wake-ups and work items by
/// deterministic ids and ETags; domain events carry deterministic ids).
/// </para>
/// <para>
/// A document naming a destination without an output binding fails the whole invocation, and keeps failing it: that is
/// a deployment bug (a new destination without its binding), and skipping it would lose the message for good, while a
/// blocked feed is loud (the failure is logged on every retry) and recovers once the binding is deployed.
/// </para>
/// <para>
/// A message's <c>notBefore</c> is not honoured: Service Bus output bindings set the body only. The engine does not
/// rely on it (durable timers come from its due-timer sweep).
/// </para>
/// </remarks>
public sealed class CosmosOutboxRelayFunction(FunctionTable table) : IFunctionHandler
{
    /// <inheritdoc/>
    public Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!table.TryGet(invocation.FunctionName, out var function))
        {
            throw new InvalidOperationException($"Function '{invocation.FunctionName}' is not in the function table.");
        }

        var bindings = function.Outputs.ToDictionary(o => o.EntityName, o => o.Name, StringComparer.Ordinal);
        using var documents = JsonDocument.Parse(invocation.Body ?? "[]");
        if (documents.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"{invocation.FunctionName} expects the changed documents as a JSON array.");
        }

        var result = FunctionResult.Empty();
        var unknown = new List<string>();
        foreach (var document in documents.RootElement.EnumerateArray().Where(CosmosOutboxDocument.IsOutbox))
        {
            var message = CosmosOutboxDocument.ReadMessage(document);
            if (bindings.TryGetValue(message.Destination, out var binding))
            {
                result.Send(binding, message.Body);
            }
            else
            {
                unknown.Add($"'{document.GetProperty("id").GetString()}' → '{message.Destination}'");
            }
        }

        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{invocation.FunctionName} has no output binding for outbox message(s) {string.Join(", ", unknown)}; " +
                $"known destinations: {string.Join(", ", bindings.Keys.Order(StringComparer.Ordinal))}. Retrying until the binding is deployed.");
        }

        return Task.FromResult(result);
    }
}
