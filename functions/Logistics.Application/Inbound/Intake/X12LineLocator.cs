using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Application.Inbound.Intake;

/// <summary>Turns business-rule faults into 997 segment errors that point at the notice line's own segments.</summary>
/// <remarks>
/// Lines are numbered by order in both profiles (X12Profiles.md): the n-th W04 of a 943, the n-th item-level HL of an
/// 856 (whose LIN carries the SKU and lot and whose SN1 the quantity).
/// </remarks>
internal static class X12LineLocator
{
    public static IReadOnlyList<X12SegmentError> ToErrors(X12TransactionSet set, IEnumerable<LineFault> faults) =>
        [.. faults.Select(f => ToError(set, f))];

    private static X12SegmentError ToError(X12TransactionSet set, LineFault fault)
    {
        var body = set.Body.ToList();
        if (fault.LineIndex is not { } index)
        {
            var header = body[0];
            return Element(header, 3, 373, ElementSyntaxError.InvalidDate, fault);
        }

        if (set.IdCode == "943")
        {
            var w04 = body.Where(s => s.Id == "W04").ElementAt(index);
            return fault.Field switch
            {
                "sku" => Element(w04, 5, 234, ElementSyntaxError.InvalidCodeValue, fault),
                "unit" => Element(w04, 2, 355, ElementSyntaxError.InvalidCodeValue, fault),
                "lot" => Missing("N9", w04, fault),
                _ => Missing("G62", w04, fault),
            };
        }

        var levels = body.Select((s, i) => (s, i)).Where(x => x.s.Id == "HL" && x.s[3] == "I").ToList();
        var start = levels[index].i;
        var end = index + 1 < levels.Count ? levels[index + 1].i : body.Count;
        var item = body.Skip(start).Take(end - start).ToList();
        var lin = item.FirstOrDefault(s => s.Id == "LIN") ?? item[0];
        var sn1 = item.FirstOrDefault(s => s.Id == "SN1") ?? item[0];
        return fault.Field switch
        {
            "sku" => Element(lin, 3, 234, ElementSyntaxError.InvalidCodeValue, fault),
            "unit" => Element(sn1, 3, 355, ElementSyntaxError.InvalidCodeValue, fault),
            "lot" => Element(lin, lin.Elements.Count + 1, 235, ElementSyntaxError.MandatoryElementMissing, fault),
            _ => Missing("DTM", lin, fault),
        };
    }

    private static X12SegmentError Element(X12Segment segment, int position, int reference, ElementSyntaxError code, LineFault fault) =>
        new(segment.Id, segment.Position, null, SegmentSyntaxError.SegmentHasDataElementErrors,
            [new X12ElementError(position, null, reference, code, fault.BadValue, fault.Message)], fault.Message);

    private static X12SegmentError Missing(string segmentId, X12Segment after, LineFault fault) =>
        new(segmentId, after.Position, null, SegmentSyntaxError.MandatorySegmentMissing, [], fault.Message);
}
