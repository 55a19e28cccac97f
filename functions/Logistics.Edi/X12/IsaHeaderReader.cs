using System.Globalization;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.X12;

/// <summary>Reads the fixed-width ISA header, which is the only place the delimiters are announced.</summary>
/// <remarks>
/// The ISA is always 106 characters: the element separator is character 4, ISA16 (component separator) is
/// character 105 and the segment terminator character 106. Field widths are fixed, so a separator found at the
/// wrong offset means the header is malformed, not that fields are short.
/// </remarks>
internal static class IsaHeaderReader
{
    public const int Length = 106;

    private static readonly int[] Widths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];

    public static (X12InterchangeHeader? Header, X12Delimiters? Delimiters, List<X12EnvelopeError> Errors) Read(string text)
    {
        var errors = new List<X12EnvelopeError>();
        if (!text.StartsWith("ISA", StringComparison.Ordinal) || text.Length < Length)
        {
            errors.Add(Error(null, InterchangeNoteCode.InvalidControlStructure,
                $"The interchange must start with a 106-character ISA segment; got {Math.Min(text.Length, Length)} characters starting '{text[..Math.Min(3, text.Length)]}'."));
            return (null, null, errors);
        }

        var separator = text[3];
        if (char.IsAsciiLetterOrDigit(separator) || char.IsWhiteSpace(separator))
        {
            errors.Add(Error(null, InterchangeNoteCode.InvalidElementSeparator, $"ISA element separator '{separator}' must not be a letter, digit or space."));
            return (null, null, errors);
        }

        var fields = new string[Widths.Length];
        var position = 4;
        for (var i = 0; i < Widths.Length; i++)
        {
            fields[i] = text.Substring(position, Widths[i]);
            position += Widths[i];
            if (i < Widths.Length - 1 && text[position] != separator)
            {
                errors.Add(Error(i + 1, InterchangeNoteCode.InvalidControlStructure,
                    $"ISA{i + 1:00} must be exactly {Widths[i]} characters: expected separator '{separator}' at character {position + 1}, found '{text[position]}'."));
                return (null, null, errors);
            }

            position++;
        }

        var version = fields[11];
        var component = fields[15][0];
        var terminator = text[Length - 1];
        char? repetition = string.CompareOrdinal(version, "00402") >= 0 ? fields[10][0] : null;
        if (component == separator || char.IsAsciiLetterOrDigit(component) || component == terminator || component == repetition)
        {
            errors.Add(Error(16, InterchangeNoteCode.InvalidComponentSeparator, $"ISA16 component separator '{component}' clashes with another delimiter or is alphanumeric."));
            return (null, null, errors);
        }

        if (terminator == separator || char.IsAsciiLetterOrDigit(terminator) || terminator == repetition)
        {
            errors.Add(Error(null, InterchangeNoteCode.InvalidControlStructure, $"Segment terminator '{terminator}' after ISA16 clashes with another delimiter or is alphanumeric."));
            return (null, null, errors);
        }

        CheckFields(fields, errors);
        var header = new X12InterchangeHeader(
            fields[4].Trim(), fields[5].Trim(), fields[6].Trim(), fields[7].Trim(), fields[8], fields[9], version, fields[12], fields[13], fields[14]);
        return (header, new X12Delimiters(separator, repetition, component, terminator), errors);
    }

    private static void CheckFields(string[] fields, List<X12EnvelopeError> errors)
    {
        if (!DateOnly.TryParseExact(fields[8], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(Error(9, InterchangeNoteCode.InvalidDate, $"ISA09 '{fields[8]}' is not a YYMMDD date."));
        }

        if (!TimeOnly.TryParseExact(fields[9], "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(Error(10, InterchangeNoteCode.InvalidTime, $"ISA10 '{fields[9]}' is not an HHMM time."));
        }

        if (!fields[12].All(char.IsAsciiDigit))
        {
            errors.Add(Error(13, InterchangeNoteCode.InvalidControlNumber, $"ISA13 '{fields[12]}' must be nine digits."));
        }

        if (fields[13] is not ("0" or "1"))
        {
            errors.Add(Error(14, InterchangeNoteCode.InvalidAcknowledgmentRequested, $"ISA14 '{fields[13]}' must be 0 or 1."));
        }

        if (fields[14] is not ("P" or "T"))
        {
            errors.Add(Error(15, InterchangeNoteCode.InvalidTestIndicator, $"ISA15 '{fields[14]}' must be P or T."));
        }
    }

    private static X12EnvelopeError Error(int? element, InterchangeNoteCode code, string message) =>
        new("ISA", 1, element, (int)code, message);
}
