using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Logistics.Application.Inbound.Intake;

/// <summary>
/// What makes two postings of a notice number "the same notice": the expected date, the parties and references, and every
/// line as announced (item, lot, expiry, quantity and unit). The format it came in and the envelope around it do not count,
/// so the same notice resent as JSON instead of X12 is still a repeat.
/// </summary>
public static class NoticeFingerprint
{
    /// <summary>A hex SHA-256 of the notice's content in a fixed text form.</summary>
    public static string Of(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var text = new StringBuilder()
            .Append(notice.ExpectedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append(notice.ShipFrom).Append('\n')
            .Append(notice.Carrier).Append('\n')
            .Append(notice.Reference).Append('\n');
        foreach (var line in notice.Lines.OrderBy(l => l.LineNumber))
        {
            text.Append(CultureInfo.InvariantCulture, $"{line.LineNumber}|{line.Sku}|{line.Lot}|{line.Expiry:yyyy-MM-dd}|{line.AnnouncedQuantity}|{line.AnnouncedUnit}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
