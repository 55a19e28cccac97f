namespace Logistics.Application.Reports.Schedules;

/// <summary>One of an owner's standing reports.</summary>
/// <param name="Name">Names the schedule and its runs: 1–40 lower-case letters, digits and '-'.</param>
/// <param name="Kind">A report kind (<see cref="Runs.ReportKinds"/>).</param>
/// <param name="Cron">
/// When, as an NCRONTAB expression in the warehouse's time zone: five fields (minute hour day month day-of-week) or six
/// with seconds first, as timer functions write them. <c>0 0 * * *</c> is the start of every business day.
/// </param>
/// <param name="Period">
/// For a stock ledger, the period that ends where the occurrence's business day begins: <c>day</c>, <c>week</c>
/// (7 days), <c>month</c> (from the same day of the previous month; the calendar month when run on the 1st) or
/// <c>year</c>. A list or 846 is as of the occurrence itself.
/// </param>
/// <param name="Formats">Formats to write; every format of the kind when empty.</param>
/// <param name="Detail">A ledger with its movement detail.</param>
public sealed record ReportSchedule(string Name, string Kind, string Cron, string? Period = null, IReadOnlyList<string>? Formats = null, bool Detail = false);
