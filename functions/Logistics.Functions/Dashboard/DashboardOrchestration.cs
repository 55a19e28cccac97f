namespace Logistics.Functions.Dashboard;

/// <summary>An orchestration the dashboard knows: its name, the prefix of its instance ids and the events it waits for.</summary>
/// <param name="Name">The orchestrator name, as instances report it.</param>
/// <param name="InstanceIdPrefix">Every instance id of it starts so, followed by <c>{owner}~{number}</c>.</param>
/// <param name="Document">The business document behind each instance (<c>notice</c>, <c>order</c>).</param>
/// <param name="Events">The external events it waits for (the raise-event form offers them).</param>
public sealed record DashboardOrchestration(string Name, string InstanceIdPrefix, string Document, IReadOnlyList<string> Events);
