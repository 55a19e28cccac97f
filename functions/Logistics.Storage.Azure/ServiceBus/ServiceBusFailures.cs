using Azure.Messaging.ServiceBus;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>
/// Turns the SDK's failures that mean a misconfiguration into exceptions naming the entity and what to check. Transient
/// failures stay <see cref="ServiceBusException"/>s (<c>IsTransient</c>): the SDK has already retried them.
/// </summary>
internal static class ServiceBusFailures
{
    private const string Deployment = "Service Bus entities are created by the deployment (infra/app-definitions.json, infra/modules/servicebus.bicep).";

    /// <summary>Runs <paramref name="call"/>, translating what <see cref="Translate"/> knows.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, string operation, string entity)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ServiceBusException exception) when (Translate(exception, operation, entity) is { } translated)
        {
            throw translated;
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new UnauthorizedAccessException(
                $"{operation} on Service Bus entity '{entity}' was refused: the app's identity needs the Azure Service Bus Data Sender and Data Receiver roles on the namespace.",
                exception);
        }
    }

    /// <inheritdoc cref="GuardAsync{T}"/>
    public static Task GuardAsync(Func<Task> call, string operation, string entity) =>
        GuardAsync(
            async () =>
            {
                await call().ConfigureAwait(false);
                return true;
            },
            operation,
            entity);

    /// <summary>The clearer exception for <paramref name="exception"/>, or null to let it through unchanged.</summary>
    public static Exception? Translate(ServiceBusException exception, string operation, string entity) =>
        exception.Reason switch
        {
            ServiceBusFailureReason.MessagingEntityNotFound =>
                new InvalidOperationException($"{operation}: Service Bus entity '{entity}' does not exist. {Deployment}", exception),
            ServiceBusFailureReason.MessagingEntityDisabled =>
                new InvalidOperationException($"{operation}: Service Bus entity '{entity}' is disabled.", exception),
            ServiceBusFailureReason.QuotaExceeded =>
                new InvalidOperationException($"{operation}: Service Bus entity '{entity}' is over a quota (size, or messages and locks in flight).", exception),
            ServiceBusFailureReason.MessageSizeExceeded =>
                new ArgumentException($"{operation}: a message for Service Bus entity '{entity}' is larger than the entity accepts.", exception),
            _ => null,
        };
}
