namespace Logistics.Application.Common;

/// <summary>Builds document ids from business keys.</summary>
/// <remarks>
/// SKUs, lots and movement ids may contain '/', which document ids forbid (with '\', '?' and '#'), so each part is
/// percent-escaped; '~' separates parts and never occurs escaped.
/// </remarks>
public static class DocumentIds
{
    /// <summary>Joins <paramref name="kind"/> and the escaped parts with '~'.</summary>
    public static string Of(string kind, params string?[] parts) =>
        kind + "~" + string.Join('~', parts.Select(p => Uri.EscapeDataString(p ?? "-")));
}
