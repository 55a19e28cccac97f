namespace Logistics.Edi.X12.Errors;

/// <summary>Data element syntax error codes (997 AK403 / 999 IK403); the numeric value is the code sent.</summary>
public enum ElementSyntaxError
{
    /// <summary>1 Mandatory data element missing.</summary>
    MandatoryElementMissing = 1,

    /// <summary>2 Conditional required data element missing.</summary>
    ConditionalRequiredElementMissing = 2,

    /// <summary>3 Too many data elements.</summary>
    TooManyElements = 3,

    /// <summary>4 Data element too short.</summary>
    TooShort = 4,

    /// <summary>5 Data element too long.</summary>
    TooLong = 5,

    /// <summary>6 Invalid character in data element (this profile also uses it for signs, decimals and zero in unit counts).</summary>
    InvalidCharacter = 6,

    /// <summary>7 Invalid code value (an unknown qualifier, unit or level code).</summary>
    InvalidCodeValue = 7,

    /// <summary>8 Invalid date.</summary>
    InvalidDate = 8,

    /// <summary>9 Invalid time.</summary>
    InvalidTime = 9,

    /// <summary>10 Exclusion condition violated.</summary>
    ExclusionConditionViolated = 10,
}
