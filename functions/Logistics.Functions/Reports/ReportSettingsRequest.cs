using Logistics.Application.Reports.Schedules;

namespace Logistics.Functions.Reports;

/// <summary>The body of <c>PUT /api/reports/settings</c>: the publisher's standing reports and its 846 address.</summary>
/// <param name="Schedules">Every standing report ([] for none); replaces the previous list.</param>
/// <param name="X12Qualifier">ISA qualifier for the 846 (ZZ when absent).</param>
/// <param name="X12Id">ISA id for the 846 (the publisher id, upper case, when absent).</param>
/// <param name="X12Version">00401 or 00501 (00401 when absent).</param>
public sealed record ReportSettingsRequest(IReadOnlyList<ReportSchedule>? Schedules, string? X12Qualifier = null, string? X12Id = null, string? X12Version = null);
