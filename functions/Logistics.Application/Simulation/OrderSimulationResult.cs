namespace Logistics.Application.Simulation;

/// <summary>What the order simulator did: picks booked, shipments the order has, and the stage it reached.</summary>
public sealed record OrderSimulationResult(string OrderId, int Picks, int Shipments, string Stage);
