using Logistics.Application.Common;

namespace Logistics.Application.Billing;

/// <summary>
/// The state of one owner's billing period. The rater rewrites it (under its ETag) with every charge line it files in the
/// period, and closing rewrites it as closed under the ETag it read: so a line and a close cannot interleave, one of the
/// two fails its precondition and is tried again.
/// </summary>
public sealed record BillingPeriodDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "billingPeriod";

    /// <summary>Status of a period that takes charge lines.</summary>
    public const string Open = "open";

    /// <summary>Status of a period whose statement is final.</summary>
    public const string Closed = "closed";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary><c>yyyy-MM</c>.</summary>
    public required string Period { get; init; }

    /// <summary><see cref="Open"/> or <see cref="Closed"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Charge lines filed in the period.</summary>
    public long Lines { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>True when closed.</summary>
    public bool IsClosed => Status == Closed;

    /// <summary>The document id of a period.</summary>
    public static string IdOf(string period) => DocumentIds.Of(Kind, period);
}
