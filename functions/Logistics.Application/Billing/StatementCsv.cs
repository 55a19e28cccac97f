using System.Globalization;
using CsvHelper;

namespace Logistics.Application.Billing;

/// <summary>A statement as CSV: one row per priced line, one per unrated group, then the total.</summary>
public static class StatementCsv
{
    private static readonly string[] Header =
        ["owner", "period", "status", "kind", "service", "basis", "rateCardVersion", "quantity", "unitPrice", "amount", "currency", "charges", "reason"];

    // Reasons carry SKUs and carrier text: a field starting like a formula is escaped for the spreadsheet that opens it.
    private static readonly CsvWriterOptions Options = new() { FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.Escape };

    /// <summary>Writes <paramref name="statement"/> (invariant culture, RFC 4180 quoting).</summary>
    public static string Write(StatementDocument statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            foreach (var line in statement.Lines)
            {
                Row(csv, statement, line.Service == BillingCatalog.Minimum ? "minimum" : "charge", line.Service, line.Basis, line.RateCardVersion,
                    line.Quantity, line.UnitPrice, line.Amount, line.Charges, null);
            }

            foreach (var unrated in statement.Unrated)
            {
                Row(csv, statement, "unrated", unrated.Service, unrated.Basis, null, unrated.Quantity, null, null, unrated.Count, unrated.Reason);
            }

            Row(csv, statement, "total", null, null, null, null, null, statement.Total, null, null);
        }

        return text.ToString();
    }

    private static void Row(
        CsvWriter csv, StatementDocument statement, string kind, string? service, string? basis, string? version,
        decimal? quantity, decimal? unitPrice, decimal? amount, int? charges, string? reason)
    {
        foreach (var field in new[]
        {
            statement.OwnerId, statement.Period, statement.Status, kind, service, basis, version, Text(quantity), Text(unitPrice), Text(amount),
            statement.Currency, charges?.ToString(CultureInfo.InvariantCulture), reason,
        })
        {
            csv.WriteField(field ?? string.Empty);
        }

        csv.EndRecord();
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
