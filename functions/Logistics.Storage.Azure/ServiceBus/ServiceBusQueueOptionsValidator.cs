using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>Checks <see cref="ServiceBusQueueOptions"/> at start so a bad setting fails with a message that names it.</summary>
public sealed class ServiceBusQueueOptionsValidator : IValidateOptions<ServiceBusQueueOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ServiceBusQueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = ServiceBusClientFactory.Validate(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
