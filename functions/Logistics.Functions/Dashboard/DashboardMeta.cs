namespace Logistics.Functions.Dashboard;

/// <summary>What the page needs to build its forms: the orchestrations, runtime statuses and event subscriptions.</summary>
/// <param name="Orchestrations">The orchestrations, with their instance id prefixes and events.</param>
/// <param name="RuntimeStatuses">Every runtime status an instance can have.</param>
/// <param name="Subscriptions">The subscriptions of the event topic whose dead letters the page shows.</param>
/// <param name="Runtime">Which runtime serves the app (<c>local</c> or <c>functions</c>).</param>
/// <param name="Now">The server's clock.</param>
public sealed record DashboardMeta(
    IReadOnlyList<DashboardOrchestration> Orchestrations,
    IReadOnlyList<string> RuntimeStatuses,
    IReadOnlyList<string> Subscriptions,
    string Runtime,
    DateTimeOffset Now);
