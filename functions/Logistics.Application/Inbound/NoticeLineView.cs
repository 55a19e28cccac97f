namespace Logistics.Application.Inbound;

/// <summary>A notice line (or an unexpected item, with a null line number) with what was received so far.</summary>
public sealed record NoticeLineView(
    int? LineNumber, string Item, string? Lot, int Expected, int ReceivedGood, int ReceivedDamaged, int Received, IReadOnlyList<string> Discrepancies);
