namespace Logistics.Application.Reports.Runs;

/// <summary>A report file written to blob storage.</summary>
/// <param name="Name">The blob's name (<see cref="ReportFiles"/>).</param>
/// <param name="ContentType">Its content type.</param>
/// <param name="Length">Its size in bytes.</param>
public sealed record ReportFile(string Name, string ContentType, long Length);
