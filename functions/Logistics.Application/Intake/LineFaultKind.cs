namespace Logistics.Application.Intake;

/// <summary>What kind of wrong a <see cref="LineFault"/> is, which decides the code a 997 reports it with.</summary>
public enum LineFaultKind
{
    /// <summary>A value that does not apply here: an unknown item, a unit the item is not packed in (997 code 7).</summary>
    InvalidValue,

    /// <summary>A quantity above a limit once cases are converted (997 code 6, as the mappers report quantities).</summary>
    OverLimit,

    /// <summary>A date out of the accepted range (997 code 8).</summary>
    BadDate,

    /// <summary>A value the item requires that the line lacks, such as a lot (997 code 1, or a missing segment).</summary>
    Missing,
}
