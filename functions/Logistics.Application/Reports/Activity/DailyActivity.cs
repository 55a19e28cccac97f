namespace Logistics.Application.Reports.Activity;

/// <summary>
/// An owner's activity on one business day of the warehouse: how many events of each type, and the units they moved.
/// Throughput at a glance (notices received, orders shipped, units picked) without reading the ledger.
/// </summary>
public sealed record DailyActivity
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "dailyActivity";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The warehouse's date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Events per event type.</summary>
    public required IReadOnlyDictionary<string, long> Events { get; init; }

    /// <summary>Units per event type, for the types whose payload carries <c>units</c>.</summary>
    public required IReadOnlyDictionary<string, long> Units { get; init; }

    /// <summary>The latest event counted.</summary>
    public required DateTimeOffset LastEventAt { get; init; }

    /// <summary>The document id of an owner's day.</summary>
    public static string IdOf(DateOnly date) => $"{Kind}~{date:yyyy-MM-dd}";
}
