namespace Logistics.Benchmarks.Fuzz;

/// <summary>Values that tend to break parsers and validators: edges of number ranges, dates, delimiters, unicode.</summary>
internal static class FuzzValues
{
    /// <summary>Text for an X12 element or a JSON string.</summary>
    public static readonly string[] Texts =
    [
        "", " ", "0", "00", "-1", "-0", "+5", "1.5", "1,5", "1E5", "0x10", "99999999999999999999999999999999", "2147483648", "-2147483649",
        "9223372036854775808", "NaN", "Infinity", "\u00e9t\u00e9", "\U0001F4E6", "\u202eRTL", "\0", "\u0007", "\ufeff", "a\u0301",
        new string('x', 300), new string('9', 80), "*", "~", ">", ":", "|", "^", "\n", "\r\n", "' OR 1=1 --", "<script>", "../../etc/passwd",
        "%00", "20261399", "00000000", "99991231", "19000101", "20260229", "20270229", "2026-11-22", "261122", "2500", "0800",
        "EA", "CA", "CS", "KG", "SK", "VN", "ZZ", "LT", "BOOK-001", "BOOK-002", "DVD-003", "GLX-1", "book-001", "LOT-A1", "FZ-943-1", "FZ-856-1",
        "S", "O", "I", "P", "T", "1", "2", "3", "17", "36", "10", "011", "017", "036", "067",
    ];

    /// <summary>Raw JSON literals, several of them not valid JSON (leading zeros, NaN, a plus sign).</summary>
    public static readonly string[] JsonLiterals =
    [
        "0", "-1", "-0", "1.5", "1.0", "1e2", "1E400", "-1e400", "1e-400", "123456789012345678901234567890", "2147483648", "9223372036854775808",
        "00012", "NaN", "+1", ".5", "true", "false", "null", "[]", "{}", "[1]", "{\"a\":1}", "\"\"", "\"5\"", "\"24\"", "\"true\"",
        "\"2026-11-22\"", "\"2026-02-30\"", "\"2026-11-22T00:00:00Z\"", "\"20261122\"", "\"2025-11-22\"", "\"2028-11-22\"", "\"0001-01-01\"",
        "\"9999-12-31\"", "\"EA\"", "\"ea\"", "\"KG\"", "\"BOOK-002\"", "\"GLX-1\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
        "\"\U0001F4E6\"", "\"\u202e\"", "\"" + new string('x', 70) + "\"", "\"" + new string('y', 5000) + "\"", "\"stockTransfer\"", "\"ShipNotice\"",
    ];

    /// <summary>Unicode and control characters to insert anywhere.</summary>
    public static readonly string[] Inserts =
    [
        "\ufeff", "\0", "\u0001", "\u001f", "\u007f", "\u0085", "\u00a0", "\u2028", "\u202e", "\u200b", "\U0001F4E6", "\u0301", "\uffff", "\ud800", "\t", "\r", "\n",
    ];

    /// <summary>Member names that nearly match the schema's, or are new.</summary>
    public static readonly string[] MemberNames =
    [
        "extra", "NoticeNumber", "noticenumber", "notice_number", "Quantity", "qty", "expiryDate", "Lines", "SKU", "lineNumber ", "", "$type", "__proto__",
    ];

    /// <summary>A random element of <paramref name="values"/>.</summary>
    public static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    /// <summary><paramref name="value"/> quoted for a one-line description: control and non-ASCII characters escaped, long values cut.</summary>
    public static string Show(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var shown = value.Length > 24 ? value[..12] : value;
        var escaped = string.Concat(shown.Select(c => c is >= ' ' and <= '~' ? c.ToString() : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}")));
        return value.Length > 24 ? $"'{escaped}…' ({value.Length} chars)" : $"'{escaped}'";
    }
}
