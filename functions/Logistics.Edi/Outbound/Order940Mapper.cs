using System.Globalization;
using Logistics.Domain.Outbound;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Outbound;

/// <summary>Maps an X12 940 (Warehouse Shipping Order, functional group OW) to an <see cref="OutboundOrderDocument"/>.</summary>
/// <remarks>
/// <para>Profile (X12Profiles.md), element reference numbers as in 004010:</para>
/// <list type="bullet">
/// <item>W05 first, once: W0501 order status (473) N original, R change = replace, F cancel or D delete = cancel
/// (<see cref="OrderAction"/>); W0502 depositor order number (285) = the order number; W0503 purchase order (324);
/// W0505 master reference (474) = the sender's shipment id. W0504's pairing with W0505 is not enforced: the link
/// sequence means nothing to the warehouse.</item>
/// <item>N1 loops (N1, N2, N3, N4, PER, G61): ST ship-to (required, with an N3 and an N4 with its city), SF ship-from,
/// BT bill-to; other entity codes are read and dropped (<see cref="PartyDraft"/>). N2 and N3 at most twice, N4 once per
/// loop (AK304 5).</item>
/// <item>N9 in the heading: any qualifier (128) with N902, else N903, becomes an <see cref="OrderReference"/>.</item>
/// <item>G62 (432 / 373): ship-by = 38 ship no later, else 10 requested ship; deliver-by = 54 deliver no later, else 02
/// delivery requested; 37 ship not before. Other qualifiers (04 PO date, 01 cancel after…) are checked and ignored.
/// A ship-by after the deliver-by, or a ship-not-before after the ship-by, is code 8 at the later-ranked date.</item>
/// <item>NTE: NTE02 (352) becomes a note, wherever it stands.</item>
/// <item>W66 once: W6601 payment method (146) and W6602 transportation method (91) as the standard requires, W6605
/// routing (387) = the carrier's service, W6610 SCAC (140, 2-4 capital letters).</item>
/// <item>LX, then W01: each W01 opens a line (<see cref="W01Reader"/>); the LX before it numbers it (LX01, 554), a W01
/// without its own LX is numbered by its place. An LX without a W01 is a missing W01 (AK304 3). After a W01: G69 (369)
/// description, N9*LT lot (N902), W20 and AT8 read and ignored.</item>
/// <item>W76 once, after the lines: W7601 (330), the hash total of the W0101 quantities as sent, must equal their sum,
/// else code 6 at W7601.</item>
/// </list>
/// <para>
/// No standard 940 element carries the shipping policy (ship partial, ship complete…) or a minimum remaining shelf life,
/// and no convention is common enough to guess: a 940 order leaves both <c>null</c>, so the owner's defaults apply; the
/// JSON form carries them. W09, FOB and the segments above that the warehouse does not need are read and ignored; any
/// other segment is code 6 (not in the profile). At least one W01 is required unless the order is a cancellation, which
/// still names its ship-to (a cancellation repeats the order's heading, as an 856 cancellation does).
/// </para>
/// </remarks>
public static partial class Order940Mapper
{
    private static readonly string[] Statuses = ["N", "R", "F", "D"];
    private static readonly string[] KeptParties = ["ST", "SF", "BT"];

    /// <summary>Segments of the 940 that carry nothing the warehouse uses (equipment, FOB, line measures).</summary>
    private static readonly string[] Ignored = ["W09", "FOB", "W20", "AT8"];

    /// <summary>Maps <paramref name="set"/>, reporting every segment error found.</summary>
    /// <exception cref="ArgumentException">The set is not a 940.</exception>
    public static X12OrderMappingResult Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.IdCode != "940")
        {
            throw new ArgumentException($"Expected a 940 transaction set, got {set.IdCode}.", nameof(set));
        }

        var state = new State940();
        foreach (var segment in set.Body)
        {
            Read(segment, state);
        }

        Finish(state, set.Segments[^1].Position);
        if (state.Errors.Count > 0 || state.Number is null || state.ShipTo is not { Name: not null } shipTo)
        {
            return new X12OrderMappingResult(null, [.. state.Errors.OrderBy(e => e.Position)]);
        }

        var document = new OutboundOrderDocument(state.Number, OrderFormat.Edi940, state.Action, shipTo.ToParty(), [.. state.Lines.Select(ToLine)])
        {
            PurchaseOrder = state.PurchaseOrder,
            ShipmentId = state.ShipmentId,
            ShipFrom = state.ShipFrom?.ToParty(),
            BillTo = state.BillTo?.ToParty(),
            ShipBy = state.ShipBy.Expected()?.Date,
            DeliverBy = state.DeliverBy.Expected()?.Date,
            ShipNotBefore = state.ShipNotBefore.Expected()?.Date,
            Carrier = state.Carrier,
            Notes = [.. state.Notes],
            References = [.. state.References],
            Sources = Sources(state),
        };
        return new X12OrderMappingResult(document, []);
    }

    /// <summary>Whole-set checks once every segment was read: mandatory segments, line numbers, dates, the W76 total.</summary>
    private static void Finish(State940 state, int end)
    {
        if (state.PendingLx is { } lx)
        {
            state.Errors.Add(SegmentErrors.Missing("W01", lx.Position + 1, $"the LX at segment {lx.Position} opens a line that needs its W01"));
        }

        if (!state.SeenW05)
        {
            state.Errors.Add(SegmentErrors.Missing("W05", 2, "the 940 must start with W05 (shipping order identification)"));
        }

        if (state.ShipTo is null)
        {
            state.Errors.Add(SegmentErrors.Missing("N1", state.W05Position + 1, "an order needs its ship-to: an N1 loop with N101 ST"));
        }

        foreach (var party in (PartyDraft?[])[state.ShipTo, state.ShipFrom, state.BillTo])
        {
            party?.Finish(state.Errors);
        }

        if (state.Lines.Count == 0 && state.Action != OrderAction.Cancel)
        {
            state.Errors.Add(SegmentErrors.Missing("W01", end, "an order needs at least one W01 line"));
        }

        LineNumbers.RequireUnique(state.Lines, state.Errors);
        CheckDates(state);
        CheckTotal(state);
    }

    /// <summary>Ship-not-before ≤ ship-by ≤ deliver-by; a date out of order is code 8 where it was read.</summary>
    private static void CheckDates(State940 state)
    {
        var notBefore = state.ShipNotBefore.Expected();
        var shipBy = state.ShipBy.Expected();
        var deliverBy = state.DeliverBy.Expected();
        if (shipBy is { } ship && deliverBy is { } deliver && ship.Date > deliver.Date)
        {
            state.Errors.Add(DateError(ship.At, ship.Date, $"The ship-by date {Text(ship.Date)} is after the deliver-by date {Text(deliver.Date)} (segment {deliver.At.SegmentPosition})"));
        }

        if (notBefore is { } first && shipBy is { } last && first.Date > last.Date)
        {
            state.Errors.Add(DateError(first.At, first.Date, $"The ship-not-before date {Text(first.Date)} is after the ship-by date {Text(last.Date)} (segment {last.At.SegmentPosition})"));
        }
    }

    /// <summary>W7601 is a hash total of the W0101 quantities; it is compared only when every quantity was readable.</summary>
    private static void CheckTotal(State940 state)
    {
        if (state.Total is not { } total || state.TotalAt is not { } at || state.Lines.Any(l => l.Quantity is null) || state.Overflow is not null)
        {
            return;
        }

        var sum = state.Lines.Sum(l => (long)l.Quantity!.Value.Units);
        if (total != sum)
        {
            var text = total.ToString(CultureInfo.InvariantCulture);
            var message = $"W7601 total {text} does not match the {state.Lines.Count} W01 line(s), which order {sum.ToString(CultureInfo.InvariantCulture)} in all; send the order whole.";
            state.Errors.Add(X12SegmentError.ForElement(at.SegmentId, at.SegmentPosition,
                new X12ElementError(at.ElementPosition, null, at.ReferenceNumber, ElementSyntaxError.InvalidCharacter, state.TotalText, message)));
        }
    }

    private static X12SegmentError DateError(X12ElementLocation at, DateOnly date, string message) =>
        X12SegmentError.ForElement(at.SegmentId, at.SegmentPosition,
            new X12ElementError(at.ElementPosition, null, at.ReferenceNumber, ElementSyntaxError.InvalidDate, date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), message + "."));

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static OutboundOrderDocumentLine ToLine(LineDraft draft) =>
        new(draft.LineNumber, [.. draft.ItemIds], draft.Quantity ?? throw new InvalidOperationException("Quantity missing"), draft.Unit, draft.Lot)
        {
            Description = draft.Description,
        };

    private static Dictionary<string, X12ElementLocation> Sources(State940 state)
    {
        var sources = new Dictionary<string, X12ElementLocation>(StringComparer.Ordinal);
        foreach (var (field, location) in state.HeaderSources)
        {
            sources[OrderFields.Pointer(null, field)] = location;
        }

        foreach (var (field, offer) in (ReadOnlySpan<(string, (DateOnly Date, X12ElementLocation At)?)>)
            [(OrderFields.ShipBy, state.ShipBy.Expected()), (OrderFields.DeliverBy, state.DeliverBy.Expected()), (OrderFields.ShipNotBefore, state.ShipNotBefore.Expected())])
        {
            if (offer is { } date)
            {
                sources[OrderFields.Pointer(null, field)] = date.At;
            }
        }

        state.ShipTo?.CopySources(OrderFields.ShipTo, sources);
        state.ShipFrom?.CopySources(OrderFields.ShipFrom, sources);
        state.BillTo?.CopySources(OrderFields.BillTo, sources);
        for (var i = 0; i < state.Lines.Count; i++)
        {
            state.Lines[i].CopySources(i, sources);
            if (state.Lines[i].NumberAt is { } numberAt)
            {
                sources[OrderFields.Pointer(i, OrderFields.LineNumber)] = numberAt;
            }
        }

        return sources;
    }

    private sealed class State940
    {
        public List<X12SegmentError> Errors { get; } = [];

        public List<LineDraft> Lines { get; } = [];

        public bool SeenW05 { get; set; }

        public int W05Position { get; set; } = 1;

        public OrderNumber? Number { get; set; }

        public OrderAction Action { get; set; }

        public string? PurchaseOrder { get; set; }

        public string? ShipmentId { get; set; }

        /// <summary>Where header values were read, by <see cref="OrderFields"/> name.</summary>
        public Dictionary<string, X12ElementLocation> HeaderSources { get; } = new(StringComparer.Ordinal);

        public PartyDraft? ShipTo { get; set; }

        public PartyDraft? ShipFrom { get; set; }

        public PartyDraft? BillTo { get; set; }

        /// <summary>The N1 loop being read; any segment outside the loop closes it.</summary>
        public PartyDraft? Party { get; set; }

        public NoticeDates ShipBy { get; } = new("38", "10");

        public NoticeDates DeliverBy { get; } = new("54", "02");

        public NoticeDates ShipNotBefore { get; } = new("37");

        public bool SeenW66 { get; set; }

        public Carrier? Carrier { get; set; }

        public List<string> Notes { get; } = [];

        public List<OrderReference> References { get; } = [];

        /// <summary>An LX waiting for its W01.</summary>
        public X12Segment? PendingLx { get; set; }

        public int? PendingNumber { get; set; }

        /// <summary>The line the segments after a W01 belong to (<c>null</c> between an LX and its W01).</summary>
        public LineDraft? Line { get; set; }

        /// <summary>The line read beyond <see cref="OrderLimits.MaxLines"/>; the order is refused once, at it.</summary>
        public LineDraft? Overflow { get; set; }

        public bool InDetail => Line is not null || PendingLx is not null || Lines.Count > 0;

        public bool SeenW76 { get; set; }

        public decimal? Total { get; set; }

        public string? TotalText { get; set; }

        public X12ElementLocation? TotalAt { get; set; }
    }
}
