using Logistics.Storage.Messaging;

namespace Logistics.Benchmarks.Orchestration;

/// <summary>The few services the engine resolves (the embedded queue, for declaring its queues), without a DI container.</summary>
internal sealed class BenchmarkServices(IMessageQueue queue) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(IMessageQueue) ? queue : null;
}
