namespace Logistics.Functions.Management;

/// <summary>Durable's purge answer.</summary>
public sealed record PurgeResponse(int InstancesDeleted);
