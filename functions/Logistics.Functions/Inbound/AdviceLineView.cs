namespace Logistics.Functions.Inbound;

/// <summary>One 944 line: units received good, damaged, over and short.</summary>
public sealed record AdviceLineView(string Sku, string? Lot, int ReceivedGood, int Damaged, int Over, int Short);
