using Logistics.Application.Common;
using Logistics.Domain.Returns;

namespace Logistics.Application.Returns;

/// <summary>One scan of a return: creating it is what makes the floor's scan id idempotent.</summary>
public sealed record ReturnScanDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "returnScan";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string ReturnId { get; init; }

    public required string ScanId { get; init; }

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    public required ReturnCondition Condition { get; init; }

    public required long Units { get; init; }

    /// <summary>Units that came back from a failed delivery's in-transit stock (the rest arrived from outside).</summary>
    public long FromTransit { get; init; }

    public required DateTimeOffset ScannedAt { get; init; }

    /// <summary>The document id of scan <paramref name="scanId"/> of <paramref name="returnId"/>.</summary>
    public static string IdOf(string returnId, string scanId) => DocumentIds.Of(Kind, returnId, scanId);
}
