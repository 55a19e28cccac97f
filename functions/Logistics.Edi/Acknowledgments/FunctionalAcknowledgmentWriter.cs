using System.Globalization;
using Logistics.Edi.X12;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Writes the 997 Functional Acknowledgment of one received functional group.</summary>
/// <remarks>
/// The 997 keeps AK3/AK4/AK5 in 005010 (the 999 is the implementation acknowledgment that renamed them IK3/IK4/IK5);
/// what 005010 adds is AK103 (the acknowledged group's GS08) and AK203 (the set's ST03), written when the acknowledged
/// group is 005010 or later, so the answer reads in the partner's release. A 997 is never written for an FA group.
/// </remarks>
public static class FunctionalAcknowledgmentWriter
{
    private const int MaxBadValueLength = 99;

    /// <summary>Writes one 997 in its own interchange, with sender and receiver swapped and the received versions and usage mirrored.</summary>
    public static string Write(X12Interchange received, X12FunctionalGroup group, IReadOnlyList<TransactionSetAcknowledgment> sets, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(sets);
        return AcknowledgmentInterchangeWriter.Write(received, false, null, [new GroupAcknowledgment(group, sets, [])], settings)
            ?? throw new InvalidOperationException("A group acknowledgment always produces an interchange.");
    }

    /// <summary>Writes the FA group holding the 997 of <paramref name="acknowledgment"/> into an open interchange.</summary>
    /// <remarks>Every received value is echoed through <see cref="X12Writer.Echo"/>, so a value holding one of the answer's delimiters cannot break it.</remarks>
    public static void WriteGroup(X12Writer writer, GroupAcknowledgment acknowledgment, int controlNumber)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(acknowledgment);
        var group = acknowledgment.Group;
        var is5010 = X12Versions.IsAtLeast5010(group.Version);
        var version = writer.Echo(group.Version);
        writer.StartGroup("FA", writer.Echo(group.ApplicationReceiver)!, writer.Echo(group.ApplicationSender)!, controlNumber, version)
            .StartSet("997", "0001")
            .Segment("AK1", writer.Echo(group.FunctionalIdCode), writer.Echo(group.ControlNumber), is5010 ? version : null);

        var sets = acknowledgment.Sets;
        foreach (var set in sets)
        {
            WriteSet(writer, set, is5010);
        }

        var codes = acknowledgment.Codes.Take(5).Select(Code);
        writer.Segment("AK9", [acknowledgment.Status, Count(sets.Count), Count(sets.Count), Count(sets.Count(s => s.IsAccepted)), .. codes]);
        writer.EndSet().EndGroup();
    }

    private static void WriteSet(X12Writer writer, TransactionSetAcknowledgment set, bool is5010)
    {
        writer.Segment("AK2", writer.Echo(set.IdCode), writer.Echo(set.ControlNumber), is5010 ? writer.Echo(set.ImplementationConvention) : null);
        foreach (var segment in set.SegmentErrors)
        {
            writer.Segment("AK3", writer.Echo(segment.SegmentId), Count(segment.Position), writer.Echo(segment.LoopId), Code((int)segment.Code));
            foreach (var element in segment.Elements)
            {
                var position = element.ComponentPosition is { } component
                    ? writer.Composite(Count(element.Position), Count(component))
                    : Count(element.Position);
                writer.Segment("AK4", position, element.ReferenceNumber?.ToString(CultureInfo.InvariantCulture), Code((int)element.Code), BadValue(writer, element.BadValue));
            }
        }

        writer.Segment("AK5", [set.IsAccepted ? "A" : "R", .. set.SetErrors.Take(5).Select(c => Code((int)c))]);
    }

    private static string? BadValue(X12Writer writer, string? value) =>
        writer.Echo(value is { Length: > MaxBadValueLength } ? value[..MaxBadValueLength] : value);

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
