namespace Logistics.Application.StockControl.Moves;

/// <summary>Ops' request for a move task; <c>moveNumber</c> is the client's own id of it (creating it again changes nothing).</summary>
public sealed record MoveInput(string? OwnerId, string? MoveNumber, string? Sku, string? FromLocation, string? ToLocation, int Units, string? Lot = null);
