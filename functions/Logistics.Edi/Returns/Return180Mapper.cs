using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Returns;

/// <summary>Maps an X12 180 (Return Merchandise Authorization and Notification, group AN) to a <see cref="ReturnNoticeDocument"/>.</summary>
/// <remarks>
/// <para>Profile (X12Profiles.md), the same in 004010 and 005010, element reference numbers in brackets:</para>
/// <list type="bullet">
/// <item>BGN first, once: BGN01 purpose (353) 00 original, 05 replace, 01 cancellation (<see cref="NoticeAction"/>);
/// BGN02 (127) the return authorization number, at most <see cref="ReturnNoticeDocument.MaxReturnNumberLength"/>
/// characters of letters, digits, <c>-</c> <c>_</c> <c>.</c>; BGN03 date and BGN04 time checked when given.</item>
/// <item>Heading RDR: the reason and requested disposition of every line that has no RDR of its own
/// (<see cref="ReturnCodes"/>); heading PRF01 and N9 OQ / CO / PO: the original order of every line that names none.</item>
/// <item>DTM (374 / 373): the expected date is the best of 017 estimated delivery, 002 delivery requested, 070 scheduled
/// delivery, 035 delivered, 118 requested pick-up, 011 shipped, 010 requested ship; none is required. A 005010 DTM may
/// give the date as DTM05 D8 with DTM06.</item>
/// <item>N1 loops (N1, N2, N3, N4, PER): the party returning the goods is the best of SF ship from, SH shipper, SN store,
/// BY buyer; PW pick-up address asks the center to collect (needs an N3 and an N4 city); the supplier is the best of SU,
/// VN vendor, MF manufacturer. A party with no N102 is named by its N104 code (retailers identify stores by number).
/// Other roles (ST, RT: the center itself) are checked and dropped, as are the N1 loops inside a line.</item>
/// <item>Each BLI opens a line (<see cref="BliReader"/>). In its loop: N9*LT lot, N9*LI the partner's line number,
/// N9 OQ / CO / PO and PRF01 the original order; RDR the line's reason; QTY the quantity when BLI03 is absent. An LX
/// directly before a BLI numbers that line (a common partner variant); an LX after a QTY of the line that no BLI follows
/// is the standard's unit level inside the QTY loop, whose N9*LT still gives the line's lot.</item>
/// </list>
/// <para>
/// Segments the 180 defines but the warehouse does not need (PER, SAC, G38, PKG, TD1, TD5, NTE, LM, LQ, PID, AMT, MEA,
/// CRC, DD, GF, SDQ, FA1, FA2, REF, CTT) are read and ignored; any other segment is code 6 (not in the profile). At least
/// one BLI is required unless the notice is a cancellation. A notice holds at most <see cref="NoticeLimits.MaxLines"/> lines.
/// </para>
/// </remarks>
public static partial class Return180Mapper
{
    private static readonly string[] Purposes = ["00", "05", "01"];

    /// <summary>Date qualifiers (DTM01) that give the expected date, best first.</summary>
    private static readonly string[] ExpectedDates = ["017", "002", "070", "035", "118", "011", "010"];

    private static readonly string[] ReturnFromRoles = ["SF", "SH", "SN", "BY"];
    private static readonly string[] PickupRoles = ["PW"];
    private static readonly string[] SupplierRoles = ["SU", "VN", "MF"];
    private static readonly string[] KeptRoles = [.. ReturnFromRoles, .. PickupRoles, .. SupplierRoles];

    private static readonly Dictionary<string, string> AddressedRoles = new(StringComparer.Ordinal) { ["PW"] = "pick-up address" };

    private static readonly string[] Ignored =
        ["PER", "SAC", "G38", "PKG", "TD1", "TD5", "NTE", "LM", "LQ", "PID", "AMT", "MEA", "CRC", "DD", "GF", "SDQ", "FA1", "FA2", "REF", "CTT"];

    /// <summary>Maps <paramref name="set"/>, reporting every segment error found.</summary>
    /// <exception cref="ArgumentException">The set is not a 180.</exception>
    public static X12ReturnMappingResult Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.IdCode != "180")
        {
            throw new ArgumentException($"Expected a 180 transaction set, got {set.IdCode}.", nameof(set));
        }

        var state = new State180();
        var body = set.Body.ToList();
        for (var i = 0; i < body.Count; i++)
        {
            Read(body[i], i + 1 < body.Count ? body[i + 1] : null, state);
        }

        Finish(state, set.Segments[^1].Position);
        if (state.Errors.Count > 0 || state.Number is null)
        {
            return new X12ReturnMappingResult(null, [.. state.Errors.OrderBy(e => e.Position)]);
        }

        var document = new ReturnNoticeDocument(
            state.Number, ReturnNoticeFormat.Edi180, state.Dates.Expected()?.Date, Best(state, ReturnFromRoles)?.ToParty(),
            [.. state.Lines.Select(l => l.ToLine(state.HeaderRdr, state.HeaderOrders))])
        {
            Action = state.Action,
            Pickup = Best(state, PickupRoles)?.ToParty(),
            Supplier = Best(state, SupplierRoles)?.ToParty(),
            Sources = Sources(state),
        };
        return new X12ReturnMappingResult(document, []);
    }

    /// <summary>Whole-set checks once every segment was read: mandatory segments, quantities, parties, line numbers.</summary>
    private static void Finish(State180 state, int end)
    {
        CloseLine(state);
        if (state.PendingLx is { } lx)
        {
            state.Errors.Add(SegmentErrors.Missing("BLI", lx.Position + 1, $"the LX at segment {lx.Position} numbers a line that needs its BLI"));
        }

        if (!state.SeenBgn)
        {
            state.Errors.Add(SegmentErrors.Missing("BGN", 2, "the 180 must start with BGN (beginning segment)"));
        }

        if (state.Lines.Count == 0 && state.Action != NoticeAction.Cancel)
        {
            state.Errors.Add(SegmentErrors.Missing("BLI", end, "a return notice needs at least one BLI line"));
        }

        foreach (var party in state.Parties.Values)
        {
            party.Finish(state.Errors);
        }

        LineNumbers.RequireUnique([.. state.Lines.Select(l => l.Line)], state.Errors);
    }

    /// <summary>Reports a line that ended without a quantity: neither BLI03 nor a QTY gave one.</summary>
    private static void CloseLine(State180 state)
    {
        if (state.Line is not { QuantityGiven: false } line || line.Bli is not { } bli)
        {
            return;
        }

        state.Errors.Add(X12SegmentError.ForElement(bli.Id, bli.Position, new X12ElementError(3, null, 380, ElementSyntaxError.MandatoryElementMissing, null,
            $"The line opened by BLI (segment {bli.Position}) has no quantity: give it in BLI03 with its unit in BLI04, or in a QTY of the line's loop.")));
    }

    private static PartyDraft? Best(State180 state, string[] roles) =>
        roles.Select(r => state.Parties.GetValueOrDefault(r)).FirstOrDefault(p => p is not null);

    private static Dictionary<string, X12ElementLocation> Sources(State180 state)
    {
        var sources = new Dictionary<string, X12ElementLocation>(StringComparer.Ordinal);
        foreach (var (field, location) in state.HeaderSources)
        {
            sources[NoticeFields.Pointer(null, field)] = location;
        }

        if (state.Dates.Expected() is { } expected)
        {
            sources[NoticeFields.Pointer(null, ReturnFields.ExpectedDate)] = expected.At;
        }

        Best(state, ReturnFromRoles)?.CopySources(ReturnFields.ReturnFrom, sources);
        Best(state, PickupRoles)?.CopySources(ReturnFields.Pickup, sources);
        Best(state, SupplierRoles)?.CopySources(ReturnFields.Supplier, sources);
        for (var i = 0; i < state.Lines.Count; i++)
        {
            state.Lines[i].CopySources(i, state.HeaderRdr, state.HeaderOrders, sources);
        }

        return sources;
    }

    private sealed class State180
    {
        public List<X12SegmentError> Errors { get; } = [];

        public List<ReturnLineDraft> Lines { get; } = [];

        public bool SeenBgn { get; set; }

        public string? Number { get; set; }

        public NoticeAction Action { get; set; }

        /// <summary>Where header values were read, by <see cref="ReturnFields"/> name.</summary>
        public Dictionary<string, X12ElementLocation> HeaderSources { get; } = new(StringComparer.Ordinal);

        public NoticeDates Dates { get; } = new(ExpectedDates);

        public RdrReading? HeaderRdr { get; set; }

        public bool SeenHeaderPrf { get; set; }

        public OrderReferences HeaderOrders { get; } = new();

        /// <summary>The kept heading parties by role (N101).</summary>
        public Dictionary<string, PartyDraft> Parties { get; } = new(StringComparer.Ordinal);

        /// <summary>The N1 loop being read; any segment outside the loop closes it.</summary>
        public PartyDraft? Party { get; set; }

        /// <summary>An LX directly before a BLI: the line number it gives that BLI.</summary>
        public X12Segment? PendingLx { get; set; }

        public int? PendingNumber { get; set; }

        /// <summary>The line the segments after a BLI belong to.</summary>
        public ReturnLineDraft? Line { get; set; }

        /// <summary>The line read beyond <see cref="NoticeLimits.MaxLines"/>; the notice is refused once, at it.</summary>
        public ReturnLineDraft? Overflow { get; set; }

        public bool InDetail => Line is not null || PendingLx is not null;
    }
}
