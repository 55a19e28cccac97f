using Logistics.Application.Common;

namespace Logistics.Application.Alerts;

/// <summary>
/// One stock alert of an owner: one document per kind and subject (an item, a lot, pending goods) for good, whose
/// <see cref="State"/> changes only on a transition of its condition. Raising it again after a clear starts a new
/// <see cref="Occurrence"/>, which keeps the event ids of each occurrence distinct and repeatable.
/// </summary>
/// <remarks>
/// Written only by <see cref="StockAlerts"/>, under the ETag of its read and in one batch with the event of the
/// transition, so two evaluators racing cannot both raise (or both clear) the same occurrence.
/// </remarks>
public sealed record StockAlertDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "stockAlert";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required AlertKind AlertKind { get; init; }

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    /// <summary>The pending key of goods held for the owner's decision (see <see cref="PendingDeadline"/>).</summary>
    public string? Pending { get; init; }

    public required AlertState State { get; init; }

    /// <summary>How often the alert was raised; 0 for a document only evaluated so far.</summary>
    public required int Occurrence { get; init; }

    /// <summary>The value at the last transition (see <see cref="AlertCondition.Value"/>).</summary>
    public required long Value { get; init; }

    public long? Threshold { get; init; }

    public long? Units { get; init; }

    public DateOnly? Expiry { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    /// <summary>When the current (or last) occurrence was raised.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>When the last occurrence was cleared; null while active.</summary>
    public DateTimeOffset? ClearedAt { get; init; }

    /// <summary>When an evaluation last wrote the document (a transition, or an event's check, see <see cref="StockAlerts"/>).</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>The alert's id: <c>stockAlert~{kind}~{sku}</c>, <c>…~{sku}~{lot}</c> for a lot, <c>…~{pending key}</c> for pending goods.</summary>
    public static string IdOf(AlertKind kind, string sku, string? lot, string? pending) => kind switch
    {
        AlertKind.LowStock => DocumentIds.Of(Kind, kind.ToString(), sku),
        AlertKind.ExpiringLot => DocumentIds.Of(Kind, kind.ToString(), sku, lot),
        _ => DocumentIds.Of(Kind, kind.ToString(), pending),
    };

    /// <summary>What the id of every expiring-lot alert of <paramref name="sku"/> starts with.</summary>
    public static string ExpiringLotPrefixOf(string sku) => DocumentIds.Of(Kind, nameof(AlertKind.ExpiringLot), sku) + "~";
}
