namespace Logistics.Application.Inbound;

/// <summary>
/// The names of a notice's stock-moving steps (see <see cref="Inventory.StockPosting.Step"/>), in one place: a step
/// frozen by a crash is found again by its name.
/// </summary>
public static class NoticeSteps
{
    /// <summary>Booking the notice's pending-in at intake.</summary>
    public static string Notified(NoticeDocument notice) => Name(notice, "notified");

    /// <summary>Booking the change of pending-in of replacement <paramref name="revision"/>.</summary>
    public static string Replace(NoticeDocument notice, int revision) => Name(notice, "replace/" + revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Closing the receipt.</summary>
    public static string Close(NoticeDocument notice) => Name(notice, "close");

    /// <summary>Cancelling the notice.</summary>
    public static string Cancel(NoticeDocument notice) => Name(notice, "cancel");

    /// <summary>The owner's decision on one lot of pending goods.</summary>
    public static string Decision(NoticeDocument notice, string pendingId) => Name(notice, "decision/" + pendingId);

    /// <summary>Confirming one putaway task.</summary>
    public static string Putaway(NoticeDocument notice, int taskNumber) => Name(notice, "putaway/" + taskNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The steps whose movements can be too many for one batch, and so may be left frozen by a crash.</summary>
    public static IReadOnlyList<string> Large(NoticeDocument notice) =>
        notice is null ? [] : [Notified(notice), .. notice.Revision > 0 ? [Replace(notice, notice.Revision)] : Array.Empty<string>(), Close(notice), Cancel(notice)];

    private static string Name(NoticeDocument notice, string step)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.SourceReference + "/" + step;
    }
}
