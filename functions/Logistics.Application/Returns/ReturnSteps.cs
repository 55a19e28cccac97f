using System.Globalization;

namespace Logistics.Application.Returns;

/// <summary>
/// The names of a return's stock-moving steps (see <see cref="Inventory.StockPosting.Step"/>), in one place: a step
/// frozen by a crash is found again by its name.
/// </summary>
public static class ReturnSteps
{
    /// <summary>One scan.</summary>
    public static string Scan(ReturnDocument document, string scanId) => Name(document, "scan/" + Uri.EscapeDataString(scanId));

    /// <summary>Closing the receipt (over-returns held, requested dispositions, lost units written off).</summary>
    public static string Close(ReturnDocument document) => Name(document, "close");

    /// <summary>A disposition of one part; <paramref name="round"/> tells a held part's decision from its hold.</summary>
    public static string Disposition(ReturnDocument document, string partId, string round) => Name(document, $"{partId}/{round}");

    /// <summary>The held parts' defaults applied at <paramref name="at"/>.</summary>
    public static string Defaults(ReturnDocument document, DateTimeOffset at) =>
        Name(document, "defaults/" + at.UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>The steps whose movements can be too many for one batch, and so may be left frozen by a crash.</summary>
    public static IReadOnlyList<string> Large(ReturnDocument document) => document is null ? [] : [Close(document)];

    private static string Name(ReturnDocument document, string step)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.SourceReference + "/" + step;
    }
}
