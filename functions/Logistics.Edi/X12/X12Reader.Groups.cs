using System.Globalization;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.X12;

/// <summary>GS/GE and ST/SE envelope reading.</summary>
public static partial class X12Reader
{
    private static X12FunctionalGroup ReadGroup(List<X12Segment> tokens, ref int index, List<X12EnvelopeError> interchangeErrors)
    {
        var gs = tokens[index++];
        var errors = new List<X12EnvelopeError>();
        var sets = new List<X12TransactionSet>();
        if (gs[6].Length is 0 or > 9 || !gs[6].All(char.IsAsciiDigit))
        {
            errors.Add(new X12EnvelopeError("GS", gs.Position, 6, (int)GroupSyntaxError.ControlNumberInvalid, $"GS06 '{gs[6]}' must be 1-9 digits."));
        }

        while (index < tokens.Count && tokens[index].Id is not ("GE" or "GS" or "IEA"))
        {
            if (tokens[index].Id == "ST")
            {
                var set = ReadSet(tokens, ref index);
                if (sets.Any(s => s.ControlNumber == set.ControlNumber))
                {
                    set = set with
                    {
                        Errors = [.. set.Errors, new X12EnvelopeError("ST", 1, 2, (int)TransactionSetSyntaxError.ControlNumberNotUnique,
                            $"ST02 '{set.ControlNumber}' is used by an earlier transaction set of group {gs[6]}.")],
                    };
                }

                sets.Add(set);
            }
            else
            {
                var stray = tokens[index++];
                interchangeErrors.Add(new X12EnvelopeError(stray.Id, stray.Position, null, (int)InterchangeNoteCode.InvalidContent,
                    $"Segment {stray.Id} at interchange position {stray.Position} is outside any ST/SE transaction set."));
            }
        }

        if (index < tokens.Count && tokens[index].Id == "GE")
        {
            var ge = tokens[index++];
            if (ge[1] != sets.Count.ToString(CultureInfo.InvariantCulture))
            {
                errors.Add(new X12EnvelopeError("GE", ge.Position, 1, (int)GroupSyntaxError.TransactionSetCountMismatch,
                    $"GE01 says {ge[1]} transaction sets but the group has {sets.Count}."));
            }

            if (ge[2] != gs[6])
            {
                errors.Add(new X12EnvelopeError("GE", ge.Position, 2, (int)GroupSyntaxError.ControlNumberMismatch,
                    $"GE02 control number '{ge[2]}' does not match GS06 '{gs[6]}'."));
            }
        }
        else
        {
            errors.Add(new X12EnvelopeError("GE", 0, null, (int)GroupSyntaxError.TrailerMissing, $"Functional group {gs[6]} has no GE trailer."));
        }

        return new X12FunctionalGroup(gs[1], gs[2], gs[3], gs[6], gs[8], sets, errors);
    }

    private static X12TransactionSet ReadSet(List<X12Segment> tokens, ref int index)
    {
        var st = tokens[index++] with { Position = 1 };
        var segments = new List<X12Segment> { st };
        var errors = new List<X12EnvelopeError>();
        if (st[1].Length != 3 || !st[1].All(char.IsAsciiDigit))
        {
            errors.Add(new X12EnvelopeError("ST", 1, 1, (int)TransactionSetSyntaxError.MissingOrInvalidIdentifier, $"ST01 '{st[1]}' is not a transaction set identifier."));
        }

        if (st[2].Length is < 4 or > 9)
        {
            errors.Add(new X12EnvelopeError("ST", 1, 2, (int)TransactionSetSyntaxError.MissingOrInvalidControlNumber, $"ST02 '{st[2]}' must be 4-9 characters."));
        }

        while (index < tokens.Count && tokens[index].Id is not ("SE" or "ST" or "GE" or "GS" or "IEA"))
        {
            segments.Add(tokens[index++] with { Position = segments.Count + 1 });
        }

        if (index < tokens.Count && tokens[index].Id == "SE")
        {
            var se = tokens[index++] with { Position = segments.Count + 1 };
            segments.Add(se);
            CheckSetTrailer(st, se, segments.Count, errors);
        }
        else
        {
            errors.Add(new X12EnvelopeError("SE", segments.Count + 1, null, (int)TransactionSetSyntaxError.TrailerMissing,
                $"Transaction set {st[2]} has no SE trailer."));
        }

        return new X12TransactionSet(st[1], st[2], segments, errors) { ImplementationConvention = st.Has(3) ? st[3] : null };
    }

    private static void CheckSetTrailer(X12Segment st, X12Segment se, int actualCount, List<X12EnvelopeError> errors)
    {
        if (se[1] != actualCount.ToString(CultureInfo.InvariantCulture))
        {
            errors.Add(new X12EnvelopeError("SE", se.Position, 1, (int)TransactionSetSyntaxError.SegmentCountMismatch,
                $"SE01 says {se[1]} segments but transaction set {st[2]} has {actualCount} (ST to SE inclusive)."));
        }

        if (se[2] != st[2])
        {
            errors.Add(new X12EnvelopeError("SE", se.Position, 2, (int)TransactionSetSyntaxError.ControlNumberMismatch,
                $"SE02 control number '{se[2]}' does not match ST02 '{st[2]}'."));
        }
    }
}
