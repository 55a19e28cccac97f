using System.Globalization;
using System.Text;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>Mutations that know nothing of the format: truncation, deleted or repeated ranges, unicode, huge numbers, and byte-level damage.</summary>
internal static class TextMutations
{
    /// <summary>Text mutations.</summary>
    public static readonly IReadOnlyList<(string Name, Func<Random, string, (string Text, string What)> Apply)> OnText =
    [
        ("truncate", (r, t) =>
        {
            var at = r.Next(t.Length + 1);
            return (t[..at], string.Create(CultureInfo.InvariantCulture, $"truncated to {at} of {t.Length} chars"));
        }),
        ("delete range", (r, t) =>
        {
            if (t.Length == 0)
            {
                return (t, "empty");
            }

            var at = r.Next(t.Length);
            var length = Math.Min(t.Length - at, 1 + r.Next(20));
            return (t.Remove(at, length), string.Create(CultureInfo.InvariantCulture, $"deleted {length} chars at {at}"));
        }),
        ("duplicate range", (r, t) =>
        {
            if (t.Length == 0)
            {
                return (t, "empty");
            }

            var at = r.Next(t.Length);
            var length = Math.Min(t.Length - at, 1 + r.Next(60));
            return (t.Insert(at + length, t.Substring(at, length)), string.Create(CultureInfo.InvariantCulture, $"repeated {length} chars at {at}"));
        }),
        ("insert unicode", (r, t) =>
        {
            var insert = FuzzValues.Pick(r, FuzzValues.Inserts);
            var at = r.Next(t.Length + 1);
            return (t.Insert(at, insert), string.Create(CultureInfo.InvariantCulture, $"inserted {FuzzValues.Show(insert)} at {at}"));
        }),
        ("huge number", (r, t) =>
        {
            var runs = Enumerable.Range(0, t.Length).Where(i => char.IsAsciiDigit(t[i]) && (i == 0 || !char.IsAsciiDigit(t[i - 1]))).ToList();
            if (runs.Count == 0)
            {
                return (t, "no digits");
            }

            var start = runs[r.Next(runs.Count)];
            var end = start;
            while (end < t.Length && char.IsAsciiDigit(t[end]))
            {
                end++;
            }

            var huge = new string('9', 19 + r.Next(60));
            return (t[..start] + huge + t[end..], string.Create(CultureInfo.InvariantCulture, $"replaced the number at {start} by {huge.Length} nines"));
        }),
        ("swap case", (r, t) =>
        {
            if (t.Length == 0)
            {
                return (t, "empty");
            }

            var at = r.Next(t.Length);
            var length = Math.Min(t.Length - at, 1 + r.Next(30));
            var swapped = string.Concat(t.Substring(at, length).Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
            return (t[..at] + swapped + t[(at + length)..], string.Create(CultureInfo.InvariantCulture, $"swapped the case of {length} chars at {at}"));
        }),
        ("surround", (r, t) => r.Next(4) switch
        {
            0 => ("\ufeff" + t, "byte order mark"),
            1 => ("  \r\n\t" + t, "leading whitespace"),
            2 => (t + FuzzValues.Pick(r, FuzzValues.Texts), "trailing text"),
            _ => (t + t, "the body twice"),
        }),
        ("oversize", (r, t) =>
        {
            // Rare and large: either just under the 1 MiB body limit or over it.
            var target = r.Next(2) == 0 ? 1_040_000 : 1_100_000;
            var padded = new StringBuilder(t);
            while (padded.Length < target)
            {
                padded.Append(' ', 4096);
            }

            return (padded.ToString(), string.Create(CultureInfo.InvariantCulture, $"padded to {padded.Length} chars"));
        }),
    ];

    /// <summary>Byte mutations, after the text is encoded: the body may stop being valid UTF-8.</summary>
    public static readonly IReadOnlyList<(string Name, Func<Random, byte[], (byte[] Bytes, string What)> Apply)> OnBytes =
    [
        ("flip bit", (r, b) =>
        {
            if (b.Length == 0)
            {
                return (b, "empty");
            }

            var copy = b.ToArray();
            var at = r.Next(copy.Length);
            var bit = r.Next(8);
            copy[at] ^= (byte)(1 << bit);
            return (copy, string.Create(CultureInfo.InvariantCulture, $"flipped bit {bit} of byte {at}"));
        }),
        ("replace byte", (r, b) =>
        {
            if (b.Length == 0)
            {
                return (b, "empty");
            }

            var copy = b.ToArray();
            var at = r.Next(copy.Length);
            var value = (byte)r.Next(256);
            copy[at] = value;
            return (copy, string.Create(CultureInfo.InvariantCulture, $"set byte {at} to 0x{value:X2}"));
        }),
        ("invalid UTF-8", (r, b) =>
        {
            byte[][] sequences = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80]];
            var insert = sequences[r.Next(sequences.Length)];
            var at = r.Next(b.Length + 1);
            return ([.. b[..at], .. insert, .. b[at..]], string.Create(CultureInfo.InvariantCulture, $"inserted {Convert.ToHexString(insert)} at byte {at}"));
        }),
    ];
}
