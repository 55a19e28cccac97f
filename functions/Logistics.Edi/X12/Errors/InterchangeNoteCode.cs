namespace Logistics.Edi.X12.Errors;

/// <summary>Interchange-level problems, numbered as TA1 note codes (TA105) so a TA1 can carry them.</summary>
public enum InterchangeNoteCode
{
    /// <summary>001 The interchange control number in the header and trailer do not match.</summary>
    ControlNumberMismatch = 1,

    /// <summary>014 Invalid interchange date value.</summary>
    InvalidDate = 14,

    /// <summary>015 Invalid interchange time value.</summary>
    InvalidTime = 15,

    /// <summary>018 Invalid interchange control number value.</summary>
    InvalidControlNumber = 18,

    /// <summary>019 Invalid acknowledgment requested value.</summary>
    InvalidAcknowledgmentRequested = 19,

    /// <summary>020 Invalid test indicator value.</summary>
    InvalidTestIndicator = 20,

    /// <summary>021 Invalid number of included groups value.</summary>
    InvalidGroupCount = 21,

    /// <summary>022 Invalid control structure (the ISA is not a readable fixed-width header).</summary>
    InvalidControlStructure = 22,

    /// <summary>023 Improper (premature) end-of-file: the IEA or a GE is missing.</summary>
    PrematureEndOfFile = 23,

    /// <summary>024 Invalid interchange content, e.g. a segment outside any group.</summary>
    InvalidContent = 24,

    /// <summary>026 Invalid data element separator.</summary>
    InvalidElementSeparator = 26,

    /// <summary>027 Invalid component element separator.</summary>
    InvalidComponentSeparator = 27,
}
