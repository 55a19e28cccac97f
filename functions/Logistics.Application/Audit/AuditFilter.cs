namespace Logistics.Application.Audit;

/// <summary>What an ops query of the audit log asks for; every filter is optional except the period.</summary>
/// <param name="From">Inclusive start.</param>
/// <param name="To">Exclusive end.</param>
/// <param name="OwnerId">Only actions concerning this owner.</param>
/// <param name="KeyId">Only actions taken with this key.</param>
/// <param name="Role">Only actions of keys of this role.</param>
/// <param name="ActionPrefix">Only actions starting with this, e.g. <c>POST /api/ops/</c>.</param>
public sealed record AuditFilter(DateTimeOffset From, DateTimeOffset To, string? OwnerId = null, string? KeyId = null, string? Role = null, string? ActionPrefix = null);
