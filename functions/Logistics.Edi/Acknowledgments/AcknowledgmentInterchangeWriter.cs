using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>
/// Writes the answer to one received interchange as one interchange: the TA1 (when due) after the ISA, then one FA group
/// with its 997 per acknowledged group.
/// </summary>
/// <remarks>
/// Sender and receiver are the received ones swapped (ISA05/06 ↔ ISA07/08, GS02 ↔ GS03). ISA12 and ISA15 mirror the
/// received interchange and each GS08 the group it acknowledges, so a partner testing (ISA15 = T) gets test answers and a
/// 005010 partner reads 005010. ISA13 is the settings' interchange number; the groups are numbered from the settings'
/// group number on, one each, so the caller reserves as many numbers as there are groups (at least one).
/// </remarks>
public static class AcknowledgmentInterchangeWriter
{
    /// <summary>True when the interchange gets a TA1: its envelope failed, or its sender asked for one (ISA14 = 1).</summary>
    public static bool Ta1Due(X12Interchange received, IReadOnlyList<X12EnvelopeError> interchangeErrors)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(interchangeErrors);
        return interchangeErrors.Count > 0 || received.Header.AcknowledgmentRequested == "1";
    }

    /// <summary>Writes the answer, or returns <c>null</c> when there is nothing to answer (no TA1 and no group).</summary>
    /// <param name="received">The interchange answered.</param>
    /// <param name="ta1">Whether to write a TA1 (see <see cref="Ta1Due"/>).</param>
    /// <param name="ta1Error">The interchange error the TA1 reports (R with its note code); <c>null</c> for A 000.</param>
    /// <param name="groups">One acknowledgment per group to answer, in the received order.</param>
    /// <param name="settings">Control numbers and time; versions and usage indicator are taken from <paramref name="received"/>.</param>
    public static string? Write(X12Interchange received, bool ta1, X12EnvelopeError? ta1Error, IReadOnlyList<GroupAcknowledgment> groups, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(settings);
        if (!ta1 && groups.Count == 0)
        {
            return null;
        }

        // The envelope fields are echoed too; a delimiter in one of them is scrubbed like any other echoed value.
        var header = received.Header;
        var echo = settings.Delimiters.Scrub;
        var us = new X12Partner(echo(header.ReceiverQualifier), echo(header.ReceiverId), echo(header.ReceiverId));
        var them = new X12Partner(echo(header.SenderQualifier), echo(header.SenderId), echo(header.SenderId));
        var mirrored = settings with { Version = echo(header.Version), UsageIndicator = echo(header.UsageIndicator) };
        var writer = new X12Writer(us, them, mirrored);
        if (ta1)
        {
            InterchangeAcknowledgmentWriter.WriteSegment(writer, header, ta1Error);
        }

        for (var i = 0; i < groups.Count; i++)
        {
            FunctionalAcknowledgmentWriter.WriteGroup(writer, groups[i], checked(settings.GroupControlNumber + i));
        }

        return writer.EndInterchange();
    }
}
