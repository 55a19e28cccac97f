using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Application.Outbound.Intake;

/// <summary>
/// What makes two postings of an order number "the same order": the policy, parties, dates, carrier, notes and every
/// line as ordered. The format and the envelope do not count, so the same order resent as JSON instead of X12 is a repeat.
/// </summary>
public static class OrderFingerprint
{
    /// <summary>A hex SHA-256 of the order's content in a fixed form.</summary>
    public static string Of(OrderDocument order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var content = new
        {
            order.Policy,
            order.PurchaseOrder,
            order.ShipTo,
            order.ShipFrom,
            ShipNotBefore = order.ShipNotBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ShipBy = order.ShipBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DeliverBy = order.DeliverBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            order.Carrier,
            order.Service,
            order.Notes,
            Lines = order.Lines.OrderBy(l => l.LineNumber).Select(l => new { l.LineNumber, l.Sku, l.Lot, l.MinimumShelfLifeDays, l.OrderedQuantity, l.OrderedUnit, l.Units }),
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content, DocumentJson.Options))));
    }
}
