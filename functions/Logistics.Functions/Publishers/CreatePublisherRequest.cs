namespace Logistics.Functions.Publishers;

/// <summary>Body of <c>POST /api/ops/publishers</c>.</summary>
public sealed record CreatePublisherRequest
{
    /// <summary>Publisher id: lower-case letters, digits and hyphens, 2–63 characters.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, 1–200 characters.</summary>
    public required string Name { get; init; }
}
