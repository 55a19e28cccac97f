using Logistics.Domain.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Maps an X12 856 (Ship Notice/Manifest) to an <see cref="InboundNoticeDocument"/>.</summary>
/// <remarks>
/// Profile (see X12Profiles.md): BSN first (BSN02 notice number, BSN03 ship date); HL levels S (shipment),
/// O (order), P/T (pack/tare, accepted and ignored) and I (item). Shipment level: TD5 carrier (TD503), REF BM/PO/CN,
/// DTM 011/017/067 (017 = expected date, else BSN03), N1. Order level: PRF01 PO number. Item level: one LIN
/// (LIN01 line number; pairs SK/VN = SKU, UP/EN/IB = barcodes, LT = lot), one SN1 (SN102 quantity, SN103 unit),
/// DTM 036 = expiry.
/// </remarks>
public static partial class Notice856Mapper
{
    private static readonly string[] Purposes = ["00", "05"];
    private static readonly string[] Levels = ["S", "O", "P", "T", "I"];
    private static readonly string[] Parties = ["SF", "ST", "SU", "WH"];
    private static readonly string[] References = ["BM", "PO", "CN"];
    private static readonly string[] ShipmentDates = ["011", "017", "067"];
    private static readonly string[] ItemDates = ["036"];
    private static readonly string[] Ignored = ["TD1", "TD3", "PID", "PO4", "MAN", "CTT", "N2", "N3", "N4"];

    /// <summary>Maps <paramref name="set"/>, reporting every segment error found.</summary>
    /// <exception cref="ArgumentException">The set is not an 856.</exception>
    public static X12MappingResult Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.IdCode != "856")
        {
            throw new ArgumentException($"Expected an 856 transaction set, got {set.IdCode}.", nameof(set));
        }

        var state = new State856();
        foreach (var segment in set.Body)
        {
            Read(segment, state);
        }

        CloseItem(state);
        if (!state.SeenBsn)
        {
            state.Errors.Add(SegmentErrors.Missing("BSN", 2, "the 856 must start with BSN (beginning segment for ship notice)"));
        }

        if (state.Lines.Count == 0)
        {
            state.Errors.Add(SegmentErrors.Missing("HL", set.Segments[^1].Position, "a notice needs at least one HL item level (HL03 = I)"));
        }

        if (state.Errors.Count > 0 || state.Number is null || state.ShipDate is null)
        {
            return new X12MappingResult(null, state.Errors);
        }

        return new X12MappingResult(
            new InboundNoticeDocument(state.Number, NoticeType.Edi856, NoticePurpose.ShipNotice, state.ExpectedDate ?? state.ShipDate.Value,
                state.ShipFrom, state.Carrier, state.Reference, [.. state.Lines.Select(l => l.ToLine())]),
            state.Errors);
    }

    /// <summary>Checks that the item level just finished had its LIN and SN1.</summary>
    private static void CloseItem(State856 state)
    {
        if (state.Item is null)
        {
            return;
        }

        if (state.Item.Sku is null && !state.ItemHadLin)
        {
            state.Errors.Add(SegmentErrors.Missing("LIN", state.Item.Position + 1, $"item level HL (segment {state.Item.Position}) needs a LIN"));
        }

        if (!state.Item.HasQuantity)
        {
            state.Errors.Add(SegmentErrors.Missing("SN1", state.Item.Position + 1, $"item level HL (segment {state.Item.Position}) needs an SN1 quantity"));
        }

        state.Item = null;
    }

    private static X12SegmentError? Finish(X12ElementCheck check) => check.ToError();

    private sealed class State856
    {
        public List<X12SegmentError> Errors { get; } = [];

        public List<LineDraft> Lines { get; } = [];

        public HashSet<string> HierarchyIds { get; } = new(StringComparer.Ordinal);

        public bool SeenBsn { get; set; }

        public string Level { get; set; } = string.Empty;

        public LineDraft? Item { get; set; }

        public bool ItemHadLin { get; set; }

        public NoticeNumber? Number { get; set; }

        public DateOnly? ShipDate { get; set; }

        public DateOnly? ExpectedDate { get; set; }

        public string? ShipFrom { get; set; }

        public string? Carrier { get; set; }

        public string? Reference { get; set; }
    }
}
