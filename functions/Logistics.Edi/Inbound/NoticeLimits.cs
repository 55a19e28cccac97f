namespace Logistics.Edi.Inbound;

/// <summary>
/// The largest numbers a notice may carry, checked where they enter (X12, JSON, and after the item master converts cases),
/// so no arithmetic downstream can overflow: 9,999 lines × 1,000,000 units would not fit an <see cref="int"/>, the cap per
/// notice does with room to spare.
/// </summary>
public static class NoticeLimits
{
    /// <summary>Most units one line may announce, in the unit sent and again in eaches after cases are converted.</summary>
    public const int MaxLineUnits = 1_000_000;

    /// <summary>Most units (eaches) all lines of one notice may add up to.</summary>
    public const int MaxNoticeUnits = 10_000_000;

    /// <summary>Most lines in one notice (the 943's W04 loop allows 9,999 too).</summary>
    public const int MaxLines = 9999;
}
