using Logistics.Application.Common;

namespace Logistics.Application.StockControl.Moves;

/// <summary>
/// A floor task: take units of one item and lot from one location to another. Created by ops, confirmed by the floor's
/// scans; its id is the owner and the client's move number, so creating it again finds it.
/// </summary>
/// <remarks>The task reserves nothing: free stock is checked when it is created and again, under ETags, when it is confirmed.</remarks>
public sealed record MoveTaskDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "move-task";

    /// <summary>Open task status.</summary>
    public const string Open = "Open";

    /// <summary>Confirmed task status.</summary>
    public const string Done = "Done";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary><c>{owner}~{moveNumber}</c>.</summary>
    public required string MoveId { get; init; }

    public required string MoveNumber { get; init; }

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    public required string FromLocation { get; init; }

    public required string ToLocation { get; init; }

    public required int Units { get; init; }

    /// <summary><see cref="Open"/> or <see cref="Done"/>.</summary>
    public required string Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    /// <summary>The ledger's source reference of the move: <c>move/{owner}/{number}</c>.</summary>
    public string SourceReference => $"move/{OwnerId}/{MoveNumber}";

    /// <summary>The document id of a move.</summary>
    public static string IdOf(string moveId) => DocumentIds.Of(Kind, moveId);

    /// <summary>True when both describe the same move (what a repeated create must match).</summary>
    public bool SameMoveAs(MoveTaskDocument other) =>
        other is not null && (Sku, Lot, FromLocation, ToLocation, Units) == (other.Sku, other.Lot, other.FromLocation, other.ToLocation, other.Units);
}
