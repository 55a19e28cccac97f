using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Orchestration;

/// <summary>Maps names to orchestrators and activities (names are case-insensitive).</summary>
/// <remarks>
/// Class-based orchestrators and activities are created with <see cref="ActivatorUtilities"/> from the service provider,
/// activities in a fresh scope per call, so they may take scoped and singleton dependencies.
/// </remarks>
public sealed class OrchestrationRegistry
{
    private readonly Dictionary<string, Func<IServiceProvider, ITaskOrchestrator>> orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IServiceProvider, ITaskActivity>> activities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <typeparamref name="T"/> under its class name.</summary>
    public OrchestrationRegistry AddOrchestrator<T>()
        where T : class, ITaskOrchestrator =>
        AddOrchestrator(typeof(T).Name, static sp => ActivatorUtilities.CreateInstance<T>(sp));

    /// <summary>Registers a factory under <paramref name="name"/>.</summary>
    public OrchestrationRegistry AddOrchestrator(string name, Func<IServiceProvider, ITaskOrchestrator> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!orchestrators.TryAdd(name, factory))
            throw new ArgumentException($"An orchestrator named '{name}' is already registered.", nameof(name));
        return this;
    }

    /// <summary>Registers a delegate orchestrator.</summary>
    public OrchestrationRegistry AddOrchestratorFunc<TInput, TOutput>(string name, Func<TaskOrchestrationContext, TInput, Task<TOutput>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return AddOrchestrator(name, _ => new FuncTaskOrchestrator<TInput, TOutput>(run));
    }

    /// <summary>Registers <typeparamref name="T"/> under its class name.</summary>
    public OrchestrationRegistry AddActivity<T>()
        where T : class, ITaskActivity =>
        AddActivity(typeof(T).Name, static sp => ActivatorUtilities.CreateInstance<T>(sp));

    /// <summary>Registers a factory under <paramref name="name"/>.</summary>
    public OrchestrationRegistry AddActivity(string name, Func<IServiceProvider, ITaskActivity> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!activities.TryAdd(name, factory))
            throw new ArgumentException($"An activity named '{name}' is already registered.", nameof(name));
        return this;
    }

    /// <summary>Registers a delegate activity.</summary>
    public OrchestrationRegistry AddActivityFunc<TInput, TOutput>(string name, Func<TaskActivityContext, TInput, Task<TOutput>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var activity = new FuncTaskActivity<TInput, TOutput>(run);
        return AddActivity(name, _ => activity);
    }

    /// <summary>True when an orchestrator named <paramref name="name"/> is registered.</summary>
    public bool HasOrchestrator(string name) => orchestrators.ContainsKey(name);

    internal ITaskOrchestrator? CreateOrchestrator(string name, IServiceProvider services) =>
        orchestrators.TryGetValue(name, out var factory) ? factory(services) : null;

    internal Func<IServiceProvider, ITaskActivity>? FindActivity(string name) =>
        activities.TryGetValue(name, out var factory) ? factory : null;
}
