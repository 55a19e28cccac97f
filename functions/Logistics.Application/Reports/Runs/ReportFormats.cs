namespace Logistics.Application.Reports.Runs;

/// <summary>The formats reports are written in, by their file extension.</summary>
public static class ReportFormats
{
    /// <summary>RFC 4180 CSV with a header row, UTF-8.</summary>
    public const string Csv = "csv";

    /// <summary>JSON, camelCase.</summary>
    public const string Json = "json";

    /// <summary>An X12 interchange.</summary>
    public const string X12 = "x12";

    /// <summary>The content type a format is stored and served with.</summary>
    public static string ContentTypeOf(string format) => format switch
    {
        Csv => "text/csv; charset=utf-8",
        Json => "application/json",
        X12 => "application/edi-x12",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
    };
}
