namespace Logistics.Application.ValueAdded;

/// <summary>One input item of a job: how many units it consumes.</summary>
/// <param name="Sku">The input item.</param>
/// <param name="Units">Units the job consumes (for a kit: kits × component units).</param>
public sealed record ValueAddedInputRecord(string Sku, int Units);
