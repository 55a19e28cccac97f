using System.Globalization;
using CsvHelper;

namespace Logistics.Application.Reports;

/// <summary>The CSV dialect every report file shares.</summary>
internal static class ReportCsv
{
    /// <summary>
    /// RFC 4180 (comma, CRLF record ends, quotes only where a field needs them, inner quotes doubled), UTF-8 without a
    /// byte-order mark, numbers and instants formatted with the invariant culture whatever the server's culture is.
    /// </summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Mode = CsvMode.Rfc4180,
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    /// <summary>A writer over <paramref name="stream"/> that leaves it open, with <paramref name="header"/> written as the first record.</summary>
    public static async Task<CsvWriter> StartAsync(Stream stream, IReadOnlyList<string> header, CancellationToken cancellationToken)
    {
        var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        await csv.EndRecordAsync(cancellationToken);
        return csv;
    }
}
