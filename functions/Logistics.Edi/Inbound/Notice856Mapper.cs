using Logistics.Domain.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Maps an X12 856 (Ship Notice/Manifest) to an <see cref="InboundNoticeDocument"/>.</summary>
/// <remarks>
/// Profile (X12Profiles.md): BSN first (BSN01 purpose 00 original / 05 replace / 01 cancel, BSN02 notice number, BSN03
/// date); HL levels S (shipment), O (order), P/T (pack/tare) and I (item), whatever their order. Shipment and order
/// levels: TD5 carrier, REF BM/PO/CN and PRF01 reference, N1 SF/SU ship from, DTM delivery dates (017, 067, 002) give the
/// expected date, else a ship date (011, 068, 010), else BSN03. Item level: one LIN (LIN01 line number when it is a
/// whole number; item id pairs; LT = lot), one SN1 (SN102 quantity, SN103 unit), DTM 036 expiry, REF*LT lot. Other
/// qualifiers and the segments the 856 defines but the warehouse does not need are read and ignored. A cancellation
/// may come without item levels.
/// </remarks>
public static partial class Notice856Mapper
{
    private static readonly string[] Purposes = ["00", "05", "01"];
    private static readonly string[] Levels = ["S", "O", "P", "T", "I"];
    private static readonly string[] References = ["BM", "PO", "CN"];
    private static readonly string[] DeliveryDates = ["017", "067", "002"];
    private static readonly string[] ShipDates = ["011", "068", "010"];

    /// <summary>Segments of the 856 that carry nothing the warehouse uses (measures, packaging, labels, totals…).</summary>
    /// <remarks>CTT is not checked: partners count HL segments, item levels or LIN segments in CTT01 alike.</remarks>
    private static readonly string[] Ignored =
        ["TD1", "TD3", "TD4", "TSD", "PER", "FOB", "MEA", "PWK", "PKG", "PAL", "PO4", "PID", "MAN", "SLN", "SAC", "CUR", "CLD", "N2", "N3", "N4", "CTT"];

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

        if (state.Lines.Count == 0 && state.Action != NoticeAction.Cancel)
        {
            state.Errors.Add(SegmentErrors.Missing("HL", set.Segments[^1].Position, "a notice needs at least one HL item level (HL03 = I)"));
        }

        LineNumbers.RequireUnique(state.Lines, state.Errors);
        if (state.Errors.Count > 0 || state.Number is null || state.Dates.Expected() is not { } date)
        {
            return new X12MappingResult(null, [.. state.Errors.OrderBy(e => e.Position)]);
        }

        var sources = new Dictionary<string, X12ElementLocation>(StringComparer.Ordinal)
        {
            [NoticeFields.Pointer(null, NoticeFields.NoticeNumber)] = state.NumberAt!,
            [NoticeFields.Pointer(null, NoticeFields.Purpose)] = state.PurposeAt!,
            [NoticeFields.Pointer(null, NoticeFields.ExpectedDate)] = date.At,
        };
        for (var i = 0; i < state.Lines.Count; i++)
        {
            state.Lines[i].CopySources(i, sources);
        }

        var document = new InboundNoticeDocument(state.Number, NoticeType.Edi856, NoticePurpose.ShipNotice, date.Date,
            state.ShipFrom, state.Carrier, state.Reference, [.. state.Lines.Select(l => l.ToLine())])
        {
            Action = state.Action,
            Sources = sources,
        };
        return new X12MappingResult(document, []);
    }

    /// <summary>Checks that the item level just finished had its LIN and SN1, and records where a missing lot belongs.</summary>
    private static void CloseItem(State856 state)
    {
        if (state.Item is not { } item)
        {
            return;
        }

        if (item.ItemSegment is null)
        {
            state.Errors.Add(SegmentErrors.Missing("LIN", item.Opening.Position + 1, $"item level HL (segment {item.Opening.Position}) needs a LIN"));
        }
        else if (item.Lot is null)
        {
            // A lot the item master requires is reported as the LIN pair that should carry it.
            var nextPair = item.ItemSegment.Elements.Count % 2 == 0 ? item.ItemSegment.Elements.Count + 2 : item.ItemSegment.Elements.Count + 1;
            item.Sources[NoticeFields.Lot] = new X12ElementLocation("LIN", item.ItemSegment.Position, nextPair, 235);
        }

        if (!item.HasQuantity)
        {
            state.Errors.Add(SegmentErrors.Missing("SN1", item.Opening.Position + 1, $"item level HL (segment {item.Opening.Position}) needs an SN1 quantity"));
        }

        state.Item = null;
    }

    private sealed class State856
    {
        public List<X12SegmentError> Errors { get; } = [];

        public List<LineDraft> Lines { get; } = [];

        public HashSet<string> HierarchyIds { get; } = new(StringComparer.Ordinal);

        public NoticeDates Dates { get; } = new([.. DeliveryDates, .. ShipDates, "BSN03"]);

        public bool SeenBsn { get; set; }

        public bool TooManyLines { get; set; }

        public string Level { get; set; } = string.Empty;

        public LineDraft? Item { get; set; }

        public NoticeNumber? Number { get; set; }

        public X12ElementLocation? NumberAt { get; set; }

        public NoticeAction Action { get; set; }

        public X12ElementLocation? PurposeAt { get; set; }

        public string? ShipFrom { get; set; }

        public string? Carrier { get; set; }

        public string? Reference { get; set; }
    }
}
