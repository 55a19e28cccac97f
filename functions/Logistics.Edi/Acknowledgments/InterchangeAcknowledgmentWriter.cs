using System.Globalization;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Writes a TA1 interchange acknowledgment: the answer to envelope problems a 997 cannot express, and to ISA14 = 1.</summary>
/// <remarks>
/// A TA1 sits in an interchange between the ISA and the first GS. It needs a readable ISA to address and echo, so an
/// unreadable header can only be answered outside X12 (for example with HTTP problem details).
/// </remarks>
public static class InterchangeAcknowledgmentWriter
{
    /// <summary>Writes a TA1 alone in an interchange, rejecting <paramref name="received"/> for <paramref name="error"/> (a <see cref="InterchangeNoteCode"/>), or accepting it when <paramref name="error"/> is null.</summary>
    public static string Write(X12Interchange received, X12EnvelopeError? error, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(received);
        return AcknowledgmentInterchangeWriter.Write(received, true, error, [], settings)
            ?? throw new InvalidOperationException("A TA1 always produces an interchange.");
    }

    /// <summary>Writes the TA1 segment for <paramref name="header"/> into an open interchange: A 000, or R with the error's note code.</summary>
    public static void WriteSegment(X12Writer writer, X12InterchangeHeader header, X12EnvelopeError? error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        writer.InterchangeSegment(
            "TA1",
            writer.Echo(header.ControlNumber),
            writer.Echo(header.Date),
            writer.Echo(header.Time),
            error is null ? "A" : "R",
            (error?.Code ?? 0).ToString("000", CultureInfo.InvariantCulture));
    }
}
