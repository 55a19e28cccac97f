namespace Logistics.Edi.X12.Errors;

/// <summary>Functional group syntax error codes (997 AK905-AK909); the numeric value is the code sent.</summary>
public enum GroupSyntaxError
{
    /// <summary>1 Functional group not supported.</summary>
    NotSupported = 1,

    /// <summary>2 Functional group version not supported.</summary>
    VersionNotSupported = 2,

    /// <summary>3 Functional group trailer missing.</summary>
    TrailerMissing = 3,

    /// <summary>4 Group control number in the functional group header and trailer do not agree.</summary>
    ControlNumberMismatch = 4,

    /// <summary>5 Number of included transaction sets does not match actual count.</summary>
    TransactionSetCountMismatch = 5,

    /// <summary>6 Group control number violates syntax.</summary>
    ControlNumberInvalid = 6,
}
