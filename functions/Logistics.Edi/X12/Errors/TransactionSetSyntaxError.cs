namespace Logistics.Edi.X12.Errors;

/// <summary>Transaction set syntax error codes (997 AK502-AK506); the numeric value is the code sent.</summary>
public enum TransactionSetSyntaxError
{
    /// <summary>1 Transaction set not supported.</summary>
    NotSupported = 1,

    /// <summary>2 Transaction set trailer missing.</summary>
    TrailerMissing = 2,

    /// <summary>3 Transaction set control number in header and trailer do not match.</summary>
    ControlNumberMismatch = 3,

    /// <summary>4 Number of included segments does not match actual count.</summary>
    SegmentCountMismatch = 4,

    /// <summary>5 One or more segments in error.</summary>
    SegmentsInError = 5,

    /// <summary>6 Missing or invalid transaction set identifier.</summary>
    MissingOrInvalidIdentifier = 6,

    /// <summary>7 Missing or invalid transaction set control number.</summary>
    MissingOrInvalidControlNumber = 7,

    /// <summary>23 Transaction set control number not unique within the functional group.</summary>
    ControlNumberNotUnique = 23,
}
