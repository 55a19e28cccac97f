namespace Logistics.Edi.Tests;

/// <summary>Loads the sample interchanges copied next to the test assembly.</summary>
internal static class SampleFiles
{
    public static string Sample943 => Load("sample-943.edi");

    public static string Sample856 => Load("sample-856.edi");

    /// <summary>A 940 naming items by UPC, in eaches ('*', '~' and a line break after each segment; 004010).</summary>
    public static string Order940Upc => Load("sample-940-upc.edi");

    /// <summary>A 940 naming items by SKU and vendor number, in cases, with lots, dates, a carrier and a contact (005010).</summary>
    public static string Order940Sku => Load("sample-940-sku.edi");

    /// <summary>A 940 naming items by EAN and ISBN, with '|' elements, '^' components and a line feed ending each segment.</summary>
    public static string Order940Ean => Load("sample-940-ean.edi");

    /// <summary>The cancellation (W0501 F) of the UPC sample's order.</summary>
    public static string Order940Cancel => Load("sample-940-cancel.edi");

    /// <summary>The replacement (W0501 R) of the UPC sample's order.</summary>
    public static string Order940Replace => Load("sample-940-replace.edi");

    /// <summary>
    /// A 180 laid out as the "180-CA-3PL" sample of Caudalie's 180 guide on Stedi (a brand telling its 3PL which store
    /// returns come in): BGN, heading RDR / PRF / DTM, N1 loops naming stores by code only, BLI lines with QTY (004010).
    /// </summary>
    public static string Return180ThreePl => Load("sample-180-3pl.edi");

    /// <summary>A 180 replacement in 005010 with '|' elements and a line feed ending each segment: LX before each BLI, a pick-up address, a supplier, a quantity in QTY.</summary>
    public static string Return180Version5010 => Load("sample-180-5010.edi");

    public static string Load(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    /// <summary>Replaces exactly one occurrence, so a typo in a test's mutation fails loudly instead of testing the happy path.</summary>
    public static string ReplaceOnce(this string text, string oldValue, string newValue)
    {
        var first = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{oldValue}' not found in sample");
        Assert.True(text.IndexOf(oldValue, first + 1, StringComparison.Ordinal) < 0, $"'{oldValue}' occurs more than once in sample");
        return string.Concat(text.AsSpan(0, first), newValue, text.AsSpan(first + oldValue.Length));
    }
}
