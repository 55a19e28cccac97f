using System.Text.Json;

namespace Logistics.Application.Reports;

/// <summary>What the JSON report writers share.</summary>
internal static class ReportJson
{
    /// <summary>Lines written between flushes, so a long report reaches the stream while it is written instead of at the end.</summary>
    public const int LinesPerFlush = 500;

    /// <summary>Compact output; instants are written as ISO-8601 with their offset by <see cref="Utf8JsonWriter"/> itself.</summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = false };

    /// <summary>Writes a property that is null when <paramref name="value"/> is (so every line has the same members).</summary>
    public static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Flushes every <see cref="LinesPerFlush"/> lines.</summary>
    public static async Task FlushNowAndThenAsync(Utf8JsonWriter json, int written, CancellationToken cancellationToken)
    {
        if (written % LinesPerFlush == 0)
        {
            await json.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Writes one line's numbers under <paramref name="names"/> and adds them to <paramref name="totals"/>.</summary>
    public static void WriteNumbers(Utf8JsonWriter json, string[] names, ReadOnlySpan<long> values, long[] totals)
    {
        for (var i = 0; i < names.Length; i++)
        {
            json.WriteNumber(names[i], values[i]);
            totals[i] += values[i];
        }
    }

    /// <summary>Closes the lines, writes the <c>totals</c> object and the report's end, and flushes.</summary>
    public static async Task EndWithTotalsAsync(Utf8JsonWriter json, string[] names, long[] totals, CancellationToken cancellationToken)
    {
        json.WriteEndArray();
        json.WriteStartObject("totals");
        for (var i = 0; i < names.Length; i++)
        {
            json.WriteNumber(names[i], totals[i]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
