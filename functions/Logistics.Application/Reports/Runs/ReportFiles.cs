using System.Globalization;

namespace Logistics.Application.Reports.Runs;

/// <summary>
/// Where reports land in blob storage: <c>reports/{owner}/{kind}/{stamp}.{format}</c>. The stamp of a current-stock
/// list or 846 is the warehouse's local date (<c>2026-12-01</c>) when it is as of the start of that business day, else
/// the local date and time (<c>2026-12-01T153000</c>); a ledger's is its period, first and last day
/// (<c>2026-11-01_2026-11-30</c>), and its movement detail is <c>{period}.movements.csv</c>.
/// </summary>
/// <remarks>Statements of account land beside them, under <c>reports/{owner}/statements/</c> (<see cref="Statements"/>).</remarks>
public static class ReportFiles
{
    /// <summary>The folder of all reports.</summary>
    public const string Root = "reports";

    /// <summary>The folder beside the report kinds where closed billing statements land.</summary>
    public const string Statements = "statements";

    /// <summary>What the ledger's movement detail adds to its file name.</summary>
    public const string MovementsSuffix = ".movements";

    /// <summary>The owner's folder, <c>reports/{owner}/</c>.</summary>
    public static string FolderOf(string ownerId) => $"{Root}/{ownerId}/";

    /// <summary>The blob name of one file of a run.</summary>
    public static string NameOf(ReportFileInput part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var run = part.Run;
        return $"{FolderOf(run.OwnerId)}{run.Kind}/{run.Stamp}{(part.Movements ? MovementsSuffix : string.Empty)}.{part.Format}";
    }

    /// <summary>
    /// The steps of a run: the report (built once, written in each format), then its movement detail when a ledger asks
    /// for it and is written as CSV.
    /// </summary>
    public static IReadOnlyList<ReportStepInput> StepsOf(ReportRunInput run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Detail && run.Kind == ReportKinds.StockLedger && run.Formats.Contains(ReportFormats.Csv)
            ? [new ReportStepInput(run, Movements: false), new ReportStepInput(run, Movements: true)]
            : [new ReportStepInput(run, Movements: false)];
    }

    /// <summary>Every file a run writes, in the order written.</summary>
    public static IReadOnlyList<ReportFileInput> FilesOf(ReportRunInput run) => [.. StepsOf(run).SelectMany(s => s.Files)];

    /// <summary>The stamp of a list at <paramref name="localAsOf"/> (the warehouse's local time), see the class summary.</summary>
    public static string StampOf(DateTimeOffset localAsOf, DateTimeOffset startOfThatDay) =>
        localAsOf == startOfThatDay
            ? localAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : localAsOf.ToString("yyyy-MM-dd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The stamp of a ledger of the business days <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string StampOf(DateOnly from, DateOnly to) =>
        $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_{to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
