using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Logistics.Application.Returns.Intake;

/// <summary>
/// What makes two postings of a return number "the same return": the expected date, the parties, and every line as
/// announced. The format it came in and the envelope around it do not count, so the same return resent as JSON instead of
/// X12 is still a repeat.
/// </summary>
public static class ReturnFingerprint
{
    /// <summary>A hex SHA-256 of the return's content in a fixed text form.</summary>
    public static string Of(ReturnDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder()
            .Append(document.ExpectedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append(document.ReturnFrom).Append('|').Append(document.ReturnFrom?.Contact).Append('\n')
            .Append(document.Pickup).Append('|').Append(document.Pickup?.Contact).Append('\n')
            .Append(document.Supplier).Append('|').Append(document.Supplier?.Contact).Append('\n');
        foreach (var line in document.Lines.OrderBy(l => l.LineNumber))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{line.LineNumber}|{line.Sku}|{line.Lot}|{line.AnnouncedQuantity}|{line.AnnouncedUnit}|{line.Reason}|{line.RequestedDisposition}|{line.ReasonText}|{line.OriginalOrderNumber}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
