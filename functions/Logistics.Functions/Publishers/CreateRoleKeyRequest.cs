namespace Logistics.Functions.Publishers;

/// <summary>Body of <c>POST /api/ops/keys</c>.</summary>
public sealed record CreateRoleKeyRequest
{
    /// <summary><c>ops</c>, <c>floor</c> or <c>carrier</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The carrier's SCAC, for a carrier key.</summary>
    public string? Carrier { get; init; }
}
