using Logistics.Edi.Inbound;

namespace Logistics.Edi.Outbound;

/// <summary>
/// The largest numbers an order may carry, checked where they enter (X12, JSON), so no arithmetic downstream can
/// overflow. They are the notice limits (<see cref="NoticeLimits"/>): the same stock moves in and out.
/// </summary>
public static class OrderLimits
{
    /// <summary>Most units one line may order, in the unit sent.</summary>
    public const int MaxLineUnits = NoticeLimits.MaxLineUnits;

    /// <summary>Most units (eaches) all lines of one order may add up to once cases are converted.</summary>
    public const int MaxOrderUnits = NoticeLimits.MaxNoticeUnits;

    /// <summary>Most lines in one order (the 940's LX and W01 loops allow 9,999 too).</summary>
    public const int MaxLines = NoticeLimits.MaxLines;

    /// <summary>Longest minimum remaining shelf life a line may ask for: ten years.</summary>
    public const int MaxShelfLifeDays = 3650;

    /// <summary>Most notes (NTE) kept per order.</summary>
    public const int MaxNotes = 20;

    /// <summary>Longest note (NTE02 allows 80).</summary>
    public const int MaxNoteLength = 80;

    /// <summary>Longest line description (G6901 allows 45; several G69 are joined, JSON allows as many).</summary>
    public const int MaxDescriptionLength = 250;
}
