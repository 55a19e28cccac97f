namespace Logistics.Benchmarks.Fuzz;

/// <summary>What the intake answered to a fuzz case.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="ContentType">Media type, without parameters.</param>
/// <param name="Body">The body as text.</param>
internal sealed record FuzzResponse(int Status, string? ContentType, string Body);
