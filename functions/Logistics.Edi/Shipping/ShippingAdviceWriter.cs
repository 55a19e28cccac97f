using System.Globalization;
using Logistics.Edi.Outbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Shipping;

/// <summary>Writes a 945 Warehouse Shipping Advice (functional group SW).</summary>
/// <remarks>
/// <para>
/// W06: F (full detail), W0602 the order number, W0603 the ship date, W0604 our shipment id, W0606 the order's PO. N1*DE
/// (owner), then the ship-to loop as the order gave it: N1*ST (name, N103 92 + N104 its id when it has one), N2 for
/// additional names, N3 two address lines each, N4 city, region, postal code, country, PER*DC with TE / EM when it has a
/// contact. N9*BM bill of lading and N9*CN the carrier's tracking (PRO) number, each when known; G62*11 (shipped on this
/// date); W27: transportation method (the carrier's, else M motor common carrier), SCAC, service as routing. A method
/// that needs a SCAC (B, E, H, I, K, L, M, P, T) without one is refused rather than written invalid.
/// </para>
/// <para>
/// Per order line an LX (LX01 the owner's line number) holding one W12 per lot shipped: W1201 the line's status
/// (CC complete; BP partial, rest backordered; CP partial, rest cancelled; BO nothing shipped, backordered; IC nothing
/// shipped, cancelled), W1202 quantity ordered and W1204 the difference on the first W12 only, W1203 the units of that
/// lot, W1205 EA, W1207 SK + W1208 SKU, W1209 the lot when it fits the element's 12 characters; then N9*LT with the lot
/// in full, which carries up to 30. Summing W1202, W1203 and W1204 over a line's W12s gives ordered, shipped and short.
/// A line with nothing shipped gets one W12 with W1203 0. W03 totals the units shipped, the gross weight in KG and the
/// cartons (CT). Quantities are eaches because stock is counted in eaches. Free text from the order (names, addresses)
/// is written with any delimiter blanked, as an acknowledgment echoes received values.
/// </para>
/// </remarks>
public static class ShippingAdviceWriter
{
    private const int MaxWarehouseLotLength = 12;
    private static readonly string[] MethodsNeedingScac = ["B", "E", "H", "I", "K", "L", "M", "P", "T"];

    /// <summary>Writes the 945 text from <paramref name="warehouse"/> to <paramref name="owner"/>.</summary>
    /// <exception cref="ArgumentException">The advice has no lines, or its carrier's method needs a SCAC it lacks.</exception>
    public static string Write(ShippingAdvice advice, X12Partner warehouse, X12Partner owner, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(owner);
        if (advice.Lines.Count == 0)
        {
            throw new ArgumentException($"The shipping advice for order {advice.OrderNumber} has no lines.", nameof(advice));
        }

        var method = advice.Carrier.TransportationMethod ?? "M";
        if (advice.Carrier.Scac is null && MethodsNeedingScac.Contains(method))
        {
            throw new ArgumentException($"Transportation method {method} needs the carrier's SCAC (W2702).", nameof(advice));
        }

        var date = advice.ShippedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var writer = new X12Writer(warehouse, owner, settings)
            .StartGroup("SW", warehouse.ApplicationCode, owner.ApplicationCode)
            .StartSet("945", "0001");
        writer.Segment("W06", "F", advice.OrderNumber.Value, date, advice.ShipmentId, null, writer.Echo(advice.PurchaseOrder))
            .Segment("N1", "DE", writer.Echo(advice.Depositor));
        WriteShipTo(writer, advice.ShipTo);
        Reference(writer, "BM", advice.BillOfLading);
        Reference(writer, "CN", advice.TrackingNumber);
        writer.Segment("G62", "11", date)
            .Segment("W27", method, advice.Carrier.Scac, writer.Echo(advice.Carrier.Service));

        foreach (var line in advice.Lines)
        {
            WriteLine(writer, line);
        }

        writer.Segment("W03", Count(advice.Lines.Sum(l => l.Shipped)), advice.WeightKg?.ToString("0.###", CultureInfo.InvariantCulture),
            advice.WeightKg is null ? null : "KG", null, null, advice.Cartons is { } cartons ? Count(cartons) : null, advice.Cartons is null ? null : "CT");
        return writer.EndSet().EndGroup().EndInterchange();
    }

    private static void WriteShipTo(X12Writer writer, Party party)
    {
        writer.Segment("N1", "ST", writer.Echo(party.Name), party.Id is null ? null : "92", writer.Echo(party.Id));
        if (party.AdditionalNames.Count > 0)
        {
            writer.Segment("N2", [.. party.AdditionalNames.Take(2).Select(writer.Echo)]);
        }

        foreach (var pair in party.AddressLines.Chunk(2))
        {
            writer.Segment("N3", [.. pair.Select(writer.Echo)]);
        }

        writer.Segment("N4", writer.Echo(party.City), writer.Echo(party.Region), writer.Echo(party.PostalCode), writer.Echo(party.Country));
        if (party.Contact is { } contact)
        {
            writer.Segment("PER", "DC", writer.Echo(contact.Name), contact.Phone is null ? null : "TE", writer.Echo(contact.Phone),
                contact.Email is null ? null : "EM", writer.Echo(contact.Email));
        }
    }

    private static void WriteLine(X12Writer writer, ShippingAdviceLine line)
    {
        writer.Segment("LX", Count(line.LineNumber));
        if (line.Lots.Count == 0)
        {
            writer.Segment("W12", line.StatusCode, Count(line.Ordered), "0", Count(line.Difference), "EA", null, "SK", line.Sku.Value);
            return;
        }

        for (var i = 0; i < line.Lots.Count; i++)
        {
            var lot = line.Lots[i].Lot?.Value;
            writer.Segment("W12", line.StatusCode, i == 0 ? Count(line.Ordered) : null, Count(line.Lots[i].Units), i == 0 ? Count(line.Difference) : null,
                "EA", null, "SK", line.Sku.Value, lot is { Length: <= MaxWarehouseLotLength } ? lot : null);
            Reference(writer, "LT", lot);
        }
    }

    private static void Reference(X12Writer writer, string qualifier, string? value)
    {
        if (value is not null)
        {
            writer.Segment("N9", qualifier, writer.Echo(value));
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
