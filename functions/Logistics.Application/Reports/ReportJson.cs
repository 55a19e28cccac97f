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
}
