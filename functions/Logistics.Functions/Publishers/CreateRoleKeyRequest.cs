namespace Logistics.Functions.Publishers;

/// <summary>Body of <c>POST /api/ops/keys</c>.</summary>
public sealed record CreateRoleKeyRequest
{
    /// <summary><c>ops</c> or <c>floor</c>.</summary>
    public required string Role { get; init; }
}
