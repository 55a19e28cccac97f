namespace Logistics.Application.Simulation;

/// <summary>What the simulated floor did.</summary>
public sealed record SimulationResult(string NoticeId, int Scans, int PutawayTasksConfirmed, string Status);
