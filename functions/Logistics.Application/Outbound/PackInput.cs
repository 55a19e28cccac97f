namespace Logistics.Application.Outbound;

/// <summary>Cartons the floor packed for an order.</summary>
/// <param name="Cartons">One or more cartons; together they may hold some or all of the picked, unpacked goods.</param>
public sealed record PackInput(IReadOnlyList<CartonInput>? Cartons);

/// <summary>One packed carton.</summary>
/// <param name="CartonId">The carton's label (SSCC or carton number), unique within the order.</param>
/// <param name="WeightKg">Gross weight in kilograms.</param>
/// <param name="Contents">What it holds.</param>
public sealed record CartonInput(string? CartonId, decimal WeightKg, IReadOnlyList<CartonLineInput>? Contents);

/// <summary>Units of one order line (and lot) in a carton.</summary>
public sealed record CartonLineInput(int LineNumber, string? Lot, int Units);
