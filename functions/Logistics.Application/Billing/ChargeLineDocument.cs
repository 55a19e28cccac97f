using Logistics.Application.Common;

namespace Logistics.Application.Billing;

/// <summary>
/// One billable quantity of one event: a service counted on one basis, filed in a billing period, rated against the rate
/// card version in effect when the event occurred, or unrated with the reason.
/// </summary>
/// <remarks>Priced only on the statement (flat or graduated over the period's cumulative quantity), so a line holds no amount.</remarks>
public sealed record ChargeLineDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "chargeLine";

    /// <summary>Status of a line the card prices.</summary>
    public const string Rated = "rated";

    /// <summary>Status of a line nothing prices (no card, no rate for the basis, unknown quantity).</summary>
    public const string Unrated = "unrated";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The period it is billed in, <c>yyyy-MM</c>.</summary>
    public required string Period { get; init; }

    public required string Service { get; init; }

    public required string Basis { get; init; }

    /// <summary>The quantity in units of <see cref="Basis"/>; 0 when unknown (then the line is unrated).</summary>
    public required decimal Quantity { get; init; }

    public required string EventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The notice, order or snapshot.</summary>
    public required string Subject { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The warehouse date it is billed on (the snapshot's day for storage); the card in effect on it rates the line.</summary>
    public required DateOnly BillingDate { get; init; }

    /// <summary>The rate card version (<c>yyyy-MM-dd</c>) in effect at the event; null when none was.</summary>
    public string? RateCardVersion { get; init; }

    /// <summary><see cref="Rated"/> or <see cref="Unrated"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Why the line is unrated.</summary>
    public string? Reason { get; init; }

    /// <summary>The period the event occurred in, when that period was closed and the line went to a later one.</summary>
    public string? OriginalPeriod { get; init; }

    /// <summary>The document id of a line: <paramref name="key"/> is an event's or an order's hashed key.</summary>
    public static string IdOf(string key, string service, string basis, string? part = null) =>
        part is null ? DocumentIds.Of(Kind, key, service, basis) : DocumentIds.Of(Kind, key, service, basis, part);
}
