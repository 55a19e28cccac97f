using System.Globalization;
using Logistics.Edi.X12;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Writes a 997 Functional Acknowledgment for one received functional group.</summary>
/// <remarks>
/// The 997 travels in its own interchange with sender and receiver swapped and the received versions mirrored,
/// so the partner's translator reads it with the settings it already uses for us.
/// </remarks>
public static class FunctionalAcknowledgmentWriter
{
    private const int MaxBadValueLength = 99;

    /// <summary>Writes the 997 text.</summary>
    public static string Write(X12Interchange received, X12FunctionalGroup group, IReadOnlyList<TransactionSetAcknowledgment> sets, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(settings);
        var header = received.Header;
        var us = new X12Partner(header.ReceiverQualifier, header.ReceiverId, group.ApplicationReceiver);
        var them = new X12Partner(header.SenderQualifier, header.SenderId, group.ApplicationSender);
        var writer = new X12Writer(us, them, settings with { Version = header.Version, GroupVersion = group.Version })
            .StartGroup("FA", us.ApplicationCode, them.ApplicationCode)
            .StartSet("997", "0001")
            .Segment("AK1", group.FunctionalIdCode, group.ControlNumber);

        foreach (var set in sets)
        {
            WriteSet(writer, set, settings.Delimiters);
        }

        var accepted = sets.Count(s => s.IsAccepted);
        var groupCodes = group.Errors.Select(e => Code(e.Code)).Distinct().Take(5).ToArray();
        var status = groupCodes.Length > 0 || (accepted == 0 && sets.Count > 0) ? "R" : accepted == sets.Count ? "A" : "P";
        writer.Segment("AK9", [status, Count(sets.Count), Count(sets.Count), Count(accepted), .. groupCodes]);
        return writer.EndSet().EndGroup().EndInterchange();
    }

    private static void WriteSet(X12Writer writer, TransactionSetAcknowledgment set, X12Delimiters delimiters)
    {
        writer.Segment("AK2", set.IdCode, set.ControlNumber);
        foreach (var segment in set.SegmentErrors)
        {
            writer.Segment("AK3", segment.SegmentId, Count(segment.Position), segment.LoopId, Code((int)segment.Code));
            foreach (var element in segment.Elements)
            {
                var position = element.ComponentPosition is { } component
                    ? writer.Composite(Count(element.Position), Count(component))
                    : Count(element.Position);
                writer.Segment("AK4", position, element.ReferenceNumber?.ToString(CultureInfo.InvariantCulture), Code((int)element.Code), BadValue(element.BadValue, delimiters));
            }
        }

        writer.Segment("AK5", [set.IsAccepted ? "A" : "R", .. set.SetErrors.Take(5).Select(c => Code((int)c))]);
    }

    private static string? BadValue(string? value, X12Delimiters delimiters) =>
        value is null ? null : delimiters.Scrub(value.Length > MaxBadValueLength ? value[..MaxBadValueLength] : value);

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
