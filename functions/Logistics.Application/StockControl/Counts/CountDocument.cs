using Logistics.Application.Common;

namespace Logistics.Application.StockControl.Counts;

/// <summary>
/// A stock count of one owner: its tasks (one per location), what was found, and once posted its variances and the 947.
/// A plain document state machine (<see cref="Open"/> → <see cref="Posted"/>) changed under its ETag; nothing waits, so no
/// orchestration.
/// </summary>
public sealed record CountDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "count";

    /// <summary>Tasks being counted.</summary>
    public const string Open = "Open";

    /// <summary>Posted: the variances are in the ledger; the count changes no more.</summary>
    public const string Posted = "Posted";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary><c>{owner}~{countNumber}</c>.</summary>
    public required string CountId { get; init; }

    public required string CountNumber { get; init; }

    /// <summary>One of <see cref="CountScopes"/>.</summary>
    public required string Scope { get; init; }

    /// <summary>The zone of a zone count.</summary>
    public string? Zone { get; init; }

    /// <summary>The item of an item count (only it is counted at each location).</summary>
    public string? Sku { get; init; }

    /// <summary>The business day whose movements a daily count covers.</summary>
    public DateOnly? Date { get; init; }

    /// <summary><see cref="Open"/> or <see cref="Posted"/>.</summary>
    public required string Status { get; init; }

    public required IReadOnlyList<CountTaskRecord> Tasks { get; init; }

    public IReadOnlyList<CountVarianceRecord> Variances { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PostedAt { get; init; }

    /// <summary>The 947 sent for the variances (null when the count found none).</summary>
    public string? AdviceX12 { get; init; }

    /// <summary>The ledger's source reference of the count's movements: <c>count/{owner}/{number}</c>.</summary>
    public string SourceReference => $"count/{OwnerId}/{CountNumber}";

    /// <summary>The document id of a count.</summary>
    public static string IdOf(string countId) => DocumentIds.Of(Kind, countId);
}
