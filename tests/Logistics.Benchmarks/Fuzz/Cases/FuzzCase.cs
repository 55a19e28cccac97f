using System.Globalization;
using System.Text;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>One mutated notice: where it came from, what was done to it, and the bytes to post.</summary>
/// <param name="RunSeed">The run's seed (<c>--seed</c>).</param>
/// <param name="Index">The case number in the run (<c>--case</c> replays it alone).</param>
/// <param name="Kind">The valid notice it started from.</param>
/// <param name="Mutations">What was done, in order.</param>
/// <param name="Body">The request body.</param>
internal sealed record FuzzCase(ulong RunSeed, long Index, FuzzKind Kind, IReadOnlyList<string> Mutations, byte[] Body)
{
    /// <summary>The request's content type.</summary>
    public string ContentType => Kind == FuzzKind.Json ? "application/json" : "application/edi-x12";

    /// <summary>How to run this case again on its own.</summary>
    public string Replay => string.Create(CultureInfo.InvariantCulture, $"--seed {RunSeed} --case {Index}");

    /// <summary>The body as text a reader can copy: printable ASCII as is, everything else escaped (\n, \u00e9, \xFF for a byte that is not UTF-8).</summary>
    public string EscapedBody()
    {
        var text = new StringBuilder();
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var i = 0;
        while (i < Body.Length)
        {
            var length = SequenceLength(Body[i]);
            string? decoded = null;
            if (length > 0 && i + length <= Body.Length)
            {
                try
                {
                    decoded = decoder.GetString(Body, i, length);
                }
                catch (DecoderFallbackException)
                {
                    decoded = null;
                }
            }

            if (decoded is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{Body[i]:X2}");
                i++;
                continue;
            }

            foreach (var c in decoded)
            {
                text.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\\' => "\\\\",
                    _ when c is >= ' ' and <= '~' => c.ToString(),
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                });
            }

            i += length;
        }

        return text.ToString();
    }

    /// <summary>One line naming the case and its mutations.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"case {Index} ({Replay}) {Kind}: {string.Join("; ", Mutations)}");

    private static int SequenceLength(byte lead) => lead switch
    {
        < 0x80 => 1,
        >= 0xC2 and < 0xE0 => 2,
        >= 0xE0 and < 0xF0 => 3,
        >= 0xF0 and < 0xF5 => 4,
        _ => 0,
    };
}
