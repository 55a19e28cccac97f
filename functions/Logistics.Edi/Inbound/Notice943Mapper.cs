using Logistics.Domain.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Maps an X12 943 (Warehouse Stock Transfer Shipment Advice) to an <see cref="InboundNoticeDocument"/>.</summary>
/// <remarks>
/// Profile (X12Profiles.md): W06 first (W0602 depositor order = the notice number, W0603 ship date, W0604 shipment id,
/// W0606 PO); N1 loops (SF name = ship from); W27 carrier; heading N9 PO/BM/CN = reference; heading G62 delivery dates
/// (17, 70, 02, 68, 67) give the expected date, else W0603, else a G62 ship date (11, 10, 69). Each W04 opens a line:
/// W0401 quantity, W0402 unit, item ids in W0404-W0407. After a W04: N9*LI line number, N9*LT lot, G62*36 expiry.
/// Other N9, G62, N1 qualifiers and the segments the 943 defines but the warehouse does not need are read and ignored.
/// A 943 has no purpose code, so it is always <see cref="NoticeAction.Original"/>.
/// </remarks>
public static partial class Notice943Mapper
{
    /// <summary>Delivery date qualifiers (G6201), best first: estimated, scheduled, requested, requested delivery, delivered by.</summary>
    private static readonly string[] DeliveryDates = ["17", "70", "02", "68", "67"];

    /// <summary>Ship date qualifiers (G6201), best first: shipped on, requested ship, scheduled pick-up.</summary>
    private static readonly string[] ShipDates = ["11", "10", "69"];

    private static readonly string[] HeaderReferences = ["PO", "BM", "CN"];

    /// <summary>Segments of the 943 that carry nothing the warehouse uses (addresses, contacts, notes, totals…).</summary>
    /// <remarks>W03 (totals) is not checked against the lines: partners total in shipping units, in eaches or by weight,
    /// the lines are what is received against, and a truncated set already fails SE01.</remarks>
    private static readonly string[] Ignored = ["N2", "N3", "N4", "PER", "NTE", "W28", "W10", "G69", "W20", "QTY", "W03"];

    /// <summary>Maps <paramref name="set"/>, reporting every segment error found.</summary>
    /// <exception cref="ArgumentException">The set is not a 943.</exception>
    public static X12MappingResult Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.IdCode != "943")
        {
            throw new ArgumentException($"Expected a 943 transaction set, got {set.IdCode}.", nameof(set));
        }

        var state = new State943();
        foreach (var segment in set.Body)
        {
            Read(segment, state);
        }

        var end = set.Segments[^1].Position;
        if (!state.SeenW06)
        {
            state.Errors.Add(SegmentErrors.Missing("W06", 2, "the 943 must start with W06 (warehouse shipment identification)"));
        }

        if (state.Lines.Count == 0)
        {
            state.Errors.Add(SegmentErrors.Missing("W04", end, "a notice needs at least one W04 item line"));
        }

        var expected = state.Dates.Expected();
        if (state.SeenW06 && expected is null)
        {
            state.Errors.Add(SegmentErrors.Missing("G62", end, "the 943 needs a date: W0603, or a G62 with a delivery (17, 70, 02, 68, 67) or ship (11, 10, 69) qualifier"));
        }

        LineNumbers.RequireUnique(state.Lines, state.Errors);
        if (state.Errors.Count > 0 || state.Number is null || expected is not { } date)
        {
            return new X12MappingResult(null, [.. state.Errors.OrderBy(e => e.Position)]);
        }

        var sources = new Dictionary<string, X12ElementLocation>(StringComparer.Ordinal)
        {
            [NoticeFields.Pointer(null, NoticeFields.NoticeNumber)] = state.NumberAt!,
            [NoticeFields.Pointer(null, NoticeFields.ExpectedDate)] = date.At,
        };
        for (var i = 0; i < state.Lines.Count; i++)
        {
            state.Lines[i].CopySources(i, sources);
        }

        var document = new InboundNoticeDocument(state.Number, NoticeType.Edi943, NoticePurpose.StockTransfer, date.Date,
            state.ShipFrom, state.Carrier, state.Reference, [.. state.Lines.Select(l => l.ToLine())])
        {
            ShipmentId = state.ShipmentId,
            Sources = sources,
        };
        return new X12MappingResult(document, []);
    }

    private sealed class State943
    {
        public List<X12SegmentError> Errors { get; } = [];

        public List<LineDraft> Lines { get; } = [];

        public NoticeDates Dates { get; } = new([.. DeliveryDates, "W0603", .. ShipDates]);

        public bool SeenW06 { get; set; }

        /// <summary>The line read beyond <see cref="NoticeLimits.MaxLines"/>, so its N9 and G62 do not land on the last kept line.</summary>
        public LineDraft? Overflow { get; set; }

        public NoticeNumber? Number { get; set; }

        public X12ElementLocation? NumberAt { get; set; }

        public string? ShipmentId { get; set; }

        public string? ShipFrom { get; set; }

        public string? Carrier { get; set; }

        public string? Reference { get; set; }
    }
}
