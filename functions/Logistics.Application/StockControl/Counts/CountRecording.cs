namespace Logistics.Application.StockControl.Counts;

/// <summary>What the counter found at a task's location: the scanned <c>location</c> label and one line per item and lot.</summary>
public sealed record CountRecording(string? Location, IReadOnlyList<CountedLineInput>? Lines);
