using Logistics.Application.Common;

namespace Logistics.Application.Billing;

/// <summary>
/// An owner's statement of one period: a preview computed from the charge lines while the period is open, stored as this
/// document when the period closes and never changed after.
/// </summary>
public sealed record StatementDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "billingStatement";

    /// <summary>Status of a statement computed for an open period.</summary>
    public const string Preview = "preview";

    /// <summary>Status of the final statement of a closed period.</summary>
    public const string Closed = "closed";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string Period { get; init; }

    /// <summary><see cref="Preview"/> or <see cref="Closed"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The currency of the owner's rate cards; null when the owner has none.</summary>
    public string? Currency { get; init; }

    /// <summary>The priced lines, the minimum top-up last when there is one.</summary>
    public required IReadOnlyList<StatementLine> Lines { get; init; }

    /// <summary>The sum of the rounded lines.</summary>
    public required decimal Total { get; init; }

    /// <summary>The unrated lines, not priced.</summary>
    public required IReadOnlyList<UnratedSummary> Unrated { get; init; }

    /// <summary>How many charge lines are unrated.</summary>
    public required int UnratedCount { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The document id of a period's statement.</summary>
    public static string IdOf(string period) => DocumentIds.Of(Kind, period);
}
