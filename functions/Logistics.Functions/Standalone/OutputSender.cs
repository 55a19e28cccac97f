using Logistics.Functions.Table;
using Logistics.Storage.Messaging;

namespace Logistics.Functions.Standalone;

/// <summary>Sends a handler's Service Bus outputs through the embedded queue, as the Functions host does in Azure.</summary>
public sealed class OutputSender(IMessageQueue queue)
{
    /// <summary>Sends every output body to its binding's queue or topic in one call.</summary>
    /// <exception cref="InvalidOperationException">The handler filled an output the function does not declare.</exception>
    public async Task SendAsync(FunctionDefinition function, FunctionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(result);
        var messages = new List<OutgoingMessage>();
        foreach (var (name, bodies) in result.Outputs)
        {
            var binding = function.Outputs.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"Function '{function.Name}' has no output binding '{name}'.");
            messages.AddRange(bodies.Select(body => new OutgoingMessage(binding.EntityName, body)));
        }

        if (messages.Count > 0)
        {
            await queue.SendAsync(messages, cancellationToken);
        }
    }
}
