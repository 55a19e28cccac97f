namespace Logistics.Functions.Reports;

/// <summary>The 202 of <c>POST /api/reports</c>: the run and where to follow it.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="StatusQueryGetUri">Its status: 202 while it writes, 200 with its files when done.</param>
/// <param name="Files">The blob names it writes, each served by <c>GET /api/reports/files/{kind}/{file}</c>.</param>
public sealed record ReportRunAccepted(string RunId, string StatusQueryGetUri, IReadOnlyList<string> Files);
