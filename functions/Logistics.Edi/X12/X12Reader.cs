using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.X12;

/// <summary>Reads an X12 interchange and checks its envelopes; business content is left to the mappers.</summary>
/// <remarks>
/// Delimiters are taken from the ISA, never assumed. Envelope checks: IEA01 = number of groups and IEA02 = ISA13;
/// GE01 = number of sets and GE02 = GS06; SE01 = segments from ST to SE inclusive and SE02 = ST02. Line breaks after
/// segment terminators are tolerated because many senders wrap files per segment, and a line break may itself be the
/// segment terminator (ISA character 106).
/// </remarks>
public static partial class X12Reader
{
    /// <summary>Reads <paramref name="text"/>; never throws for bad input, it reports.</summary>
    public static X12ReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        var (header, delimiters, errors) = IsaHeaderReader.Read(trimmed);
        if (header is null || delimiters is null)
        {
            return new X12ReadResult(null, errors);
        }

        var tokens = Tokenize(trimmed[IsaHeaderReader.Length..], delimiters);
        var groups = new List<X12FunctionalGroup>();
        var acknowledgments = new List<X12Segment>();
        var index = 0;
        X12Segment? trailer = null;
        while (index < tokens.Count)
        {
            var segment = tokens[index];
            if (segment.Id == "GS")
            {
                groups.Add(ReadGroup(tokens, ref index, errors));
            }
            else if (segment.Id == "TA1")
            {
                // An interchange acknowledgment sits directly in the interchange; it belongs to no group.
                acknowledgments.Add(segment);
                index++;
            }
            else if (segment.Id == "IEA")
            {
                trailer = segment;
                index++;
                break;
            }
            else
            {
                errors.Add(new X12EnvelopeError(segment.Id, segment.Position, null, (int)InterchangeNoteCode.InvalidContent,
                    $"Segment {segment.Id} at interchange position {segment.Position} is outside any GS/GE functional group."));
                index++;
            }
        }

        CheckTrailer(header, trailer, groups.Count, tokens.Count - index, errors);
        return new X12ReadResult(new X12Interchange(header, delimiters, groups) { InterchangeAcknowledgments = acknowledgments }, errors);
    }

    private static void CheckTrailer(X12InterchangeHeader header, X12Segment? trailer, int groupCount, int leftOver, List<X12EnvelopeError> errors)
    {
        if (trailer is null)
        {
            errors.Add(new X12EnvelopeError("IEA", 0, null, (int)InterchangeNoteCode.PrematureEndOfFile, "The interchange ends without an IEA trailer."));
            return;
        }

        if (trailer[1] != groupCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            errors.Add(new X12EnvelopeError("IEA", trailer.Position, 1, (int)InterchangeNoteCode.InvalidGroupCount,
                $"IEA01 says {trailer[1]} functional groups but the interchange has {groupCount}."));
        }

        if (trailer[2] != header.ControlNumber)
        {
            errors.Add(new X12EnvelopeError("IEA", trailer.Position, 2, (int)InterchangeNoteCode.ControlNumberMismatch,
                $"IEA02 control number '{trailer[2]}' does not match ISA13 '{header.ControlNumber}'."));
        }

        if (leftOver > 0)
        {
            errors.Add(new X12EnvelopeError("IEA", trailer.Position, null, (int)InterchangeNoteCode.InvalidContent,
                $"{leftOver} segment(s) follow the IEA trailer; send one interchange per message."));
        }
    }

    /// <summary>Splits the text after the ISA into segments, numbering them from 2 (the ISA is 1).</summary>
    private static List<X12Segment> Tokenize(string body, X12Delimiters delimiters)
    {
        var segments = new List<X12Segment>();
        foreach (var raw in body.Split(delimiters.Segment))
        {
            var segmentText = raw.Trim('\r', '\n');
            if (segmentText.Length == 0)
            {
                continue;
            }

            var parts = segmentText.Split(delimiters.Element);
            segments.Add(new X12Segment(parts[0], parts[1..], segments.Count + 2));
        }

        return segments;
    }
}
