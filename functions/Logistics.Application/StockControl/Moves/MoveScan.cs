namespace Logistics.Application.StockControl.Moves;

/// <summary>
/// The floor's confirmation of a move: every scan the task asks for, each checked against the task. The item is its
/// scanned <c>barcode</c> or its keyed-in <c>sku</c>.
/// </summary>
public sealed record MoveScan(string? FromLocation, string? ToLocation, int Units, string? Barcode = null, string? Sku = null, string? Lot = null);
