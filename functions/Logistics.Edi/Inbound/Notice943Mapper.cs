using Logistics.Domain.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Maps an X12 943 (Warehouse Stock Transfer Shipment Advice) to an <see cref="InboundNoticeDocument"/>.</summary>
/// <remarks>
/// Profile (see X12Profiles.md): W06 first (W0603 ship date, W0604 notice number, W0602 depositor order);
/// N1 loops (SF/ST/DE/WH); W27 carrier (W2702 SCAC); header N9 PO/BM/CN reference; header G62 17 = expected
/// delivery (else W0603). Each W04 opens a line numbered by its order: W0401 quantity, W0402 unit, W0404-W0407
/// qualifier/id pairs (SK or VN = SKU; UP, EN, IB accepted). Lot: N9*LT after the W04, because W04 has no lot
/// element for the manufacturer's lot; expiry: G62*36 after the W04.
/// </remarks>
public static partial class Notice943Mapper
{
    private static readonly string[] Parties = ["SF", "ST", "DE", "WH"];
    private static readonly string[] HeaderReferences = ["PO", "BM", "CN"];
    private static readonly string[] LineReferences = ["LT"];
    private static readonly string[] HeaderDates = ["17", "10", "11"];
    private static readonly string[] LineDates = ["36"];
    private static readonly string[] Ignored = ["N2", "N3", "N4", "NTE", "W20", "W03"];

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

        if (state.Errors.Count > 0 || state.Number is null || state.ShipDate is null)
        {
            return new X12MappingResult(null, state.Errors);
        }

        return new X12MappingResult(
            new InboundNoticeDocument(state.Number, NoticeType.Edi943, NoticePurpose.StockTransfer, state.ExpectedDate ?? state.ShipDate.Value,
                state.ShipFrom, state.Carrier, state.Reference, [.. state.Lines.Select(l => l.ToLine())]),
            state.Errors);
    }

    private sealed class State943
    {
        public List<X12SegmentError> Errors { get; } = [];

        public List<LineDraft> Lines { get; } = [];

        public bool SeenW06 { get; set; }

        public NoticeNumber? Number { get; set; }

        public DateOnly? ShipDate { get; set; }

        public DateOnly? ExpectedDate { get; set; }

        public string? ShipFrom { get; set; }

        public string? Carrier { get; set; }

        public string? Reference { get; set; }
    }
}
