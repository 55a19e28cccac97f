namespace Logistics.Edi.Tests;

/// <summary>Loads the sample interchanges copied next to the test assembly.</summary>
internal static class SampleFiles
{
    public static string Sample943 => Load("sample-943.edi");

    public static string Sample856 => Load("sample-856.edi");

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
