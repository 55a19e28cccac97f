using System.Globalization;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Writes a TA1 interchange acknowledgment, the answer to envelope problems a 997 cannot express.</summary>
/// <remarks>
/// A TA1 travels alone in an interchange (IEA01 = 0 groups). It needs a readable ISA to address and echo, so an
/// unreadable header can only be answered outside X12 (for example with HTTP problem details).
/// </remarks>
public static class InterchangeAcknowledgmentWriter
{
    /// <summary>Writes a TA1 rejecting <paramref name="received"/> for <paramref name="error"/> (a <see cref="InterchangeNoteCode"/>), or accepting it when <paramref name="error"/> is null.</summary>
    public static string Write(X12Interchange received, X12EnvelopeError? error, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(settings);
        var header = received.Header;
        var us = new X12Partner(header.ReceiverQualifier, header.ReceiverId, header.ReceiverId);
        var them = new X12Partner(header.SenderQualifier, header.SenderId, header.SenderId);
        var writer = new X12Writer(us, them, settings with { Version = header.Version });
        writer.Segment(
            "TA1",
            header.ControlNumber,
            header.Date,
            header.Time,
            error is null ? "A" : "R",
            (error?.Code ?? 0).ToString("000", CultureInfo.InvariantCulture));
        return writer.EndInterchange();
    }
}
