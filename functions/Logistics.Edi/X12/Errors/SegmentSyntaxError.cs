namespace Logistics.Edi.X12.Errors;

/// <summary>Segment syntax error codes (997 AK304 / 999 IK304); the numeric value is the code sent.</summary>
public enum SegmentSyntaxError
{
    /// <summary>1 Unrecognized segment ID.</summary>
    UnrecognizedSegmentId = 1,

    /// <summary>2 Unexpected segment.</summary>
    UnexpectedSegment = 2,

    /// <summary>3 Mandatory segment missing.</summary>
    MandatorySegmentMissing = 3,

    /// <summary>4 Loop occurs over maximum times.</summary>
    LoopOccursOverMaximum = 4,

    /// <summary>5 Segment exceeds maximum use.</summary>
    SegmentExceedsMaximumUse = 5,

    /// <summary>6 Segment not in defined transaction set.</summary>
    SegmentNotInDefinedTransactionSet = 6,

    /// <summary>7 Segment not in proper sequence.</summary>
    SegmentNotInProperSequence = 7,

    /// <summary>8 Segment has data element errors (details in AK4).</summary>
    SegmentHasDataElementErrors = 8,
}
