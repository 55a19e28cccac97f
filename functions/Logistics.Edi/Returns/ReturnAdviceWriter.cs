using System.Globalization;
using Logistics.Domain.Returns;
using Logistics.Edi.X12;

namespace Logistics.Edi.Returns;

/// <summary>Writes a 180 Return Merchandise Authorization and Notification (functional group AN) telling the owner how a return ended.</summary>
/// <remarks>
/// <para>
/// Heading: BGN*00, BGN02 the owner's return number, BGN03 the day the return was finished; DTM*050 (received) the day the
/// goods arrived; N9*ZZ our return id; N9*OQ the original order when known; N1*DE the owner (depositor), as in the 945.
/// </para>
/// <para>
/// Detail: one BLI loop per outcome of each advice line, in the advice's order, so each outcome gets its own RDR (the
/// 180 allows one per BLI loop), as the 945 gives each lot its own W12. BLI*SK with the SKU, BLI03 the outcome's units,
/// BLI04 EA (stock is counted in eaches); N9*LI the owner's line number (absent for goods that arrived unannounced);
/// N9*LT the lot; RDR01 the disposition (<see cref="ReturnCodes.CodeOf(ReturnDisposition)"/>: KA restocked, RP held for
/// the owner, RT returned to supplier, DI scrapped), RDR02 the reason when a code says it, RDR04 the condition found
/// (preceded by the reason in words when no code says it); NTE*LIN the outcome's note. The first loop of a line also
/// carries QTY*38 (original quantity) with the units announced, and, when more or fewer arrived than announced, an
/// NTE*LIN that says so ("Over-returned 2 units beyond the 10 announced", "Short 3 of the 10 units announced did not arrive"). A line of which nothing arrived gets one loop
/// with BLI03 0 and no RDR01. So per line: the sum of its BLI03 is what arrived, QTY*38 what was announced, and their
/// difference the over-return (or shortage). Free text (condition, note) is written with delimiters blanked and cut to
/// the 80 characters RDR04 and NTE02 hold.
/// </para>
/// </remarks>
public static class ReturnAdviceWriter
{
    private const int MaxTextLength = 80;

    /// <summary>Writes the 180 text from <paramref name="warehouse"/> to <paramref name="owner"/>.</summary>
    /// <exception cref="ArgumentException">The advice has no lines, or a line's outcomes do not add up to what it received.</exception>
    public static string Write(ReturnAdvice advice, X12Partner warehouse, X12Partner owner, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(owner);
        if (advice.Lines.Count == 0)
        {
            throw new ArgumentException($"The return advice for {advice.ReturnNumber} has no lines.", nameof(advice));
        }

        if (advice.Lines.FirstOrDefault(l => l.Outcomes.Sum(o => o.Units) != l.Received) is { } uneven)
        {
            throw new ArgumentException(
                $"Line {uneven.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? uneven.Sku} of return {advice.ReturnNumber} received {uneven.Received} units but its outcomes account for {uneven.Outcomes.Sum(o => o.Units)}.",
                nameof(advice));
        }

        var writer = new X12Writer(warehouse, owner, settings)
            .StartGroup("AN", warehouse.ApplicationCode, owner.ApplicationCode)
            .StartSet("180", "0001");
        writer.Segment("BGN", "00", writer.Echo(advice.ReturnNumber), Date(advice.CompletedOn))
            .Segment("DTM", "050", Date(advice.ReceivedOn))
            .Segment("N9", "ZZ", writer.Echo(advice.ReturnId));
        if (advice.OriginalOrderNumber is { } order)
        {
            writer.Segment("N9", "OQ", writer.Echo(order));
        }

        writer.Segment("N1", "DE", writer.Echo(advice.Depositor));
        foreach (var line in advice.Lines)
        {
            WriteLine(writer, line);
        }

        return writer.EndSet().EndGroup().EndInterchange();
    }

    private static void WriteLine(X12Writer writer, ReturnAdviceLine line)
    {
        ReturnAdviceOutcome?[] outcomes = line.Outcomes.Count == 0 ? [null] : [.. line.Outcomes];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var outcome = outcomes[i];
            writer.Segment("BLI", "SK", writer.Echo(line.Sku), Count(outcome?.Units ?? 0), "EA");
            if (line.LineNumber is { } number)
            {
                writer.Segment("N9", "LI", Count(number));
            }

            if (line.Lot is { } lot)
            {
                writer.Segment("N9", "LT", writer.Echo(lot));
            }

            var code = ReturnCodes.CodeOf(line.Reason);
            var condition = outcome?.Condition;
            var description = code is not null ? condition : condition is null ? Words(line.Reason) : $"{Words(line.Reason)}; {condition}";
            writer.Segment("RDR", outcome is null ? null : ReturnCodes.CodeOf(outcome.Disposition), code, null, Text(writer, description));
            if (i == 0)
            {
                writer.Segment("QTY", "38", Count(line.Announced), "EA");
                if (Difference(line) is { } difference)
                {
                    writer.Segment("NTE", "LIN", Text(writer, difference));
                }
            }

            if (outcome?.Note is { } note)
            {
                writer.Segment("NTE", "LIN", Text(writer, note));
            }
        }
    }

    /// <summary>The flag for a line that did not arrive as announced, or null when it did.</summary>
    private static string? Difference(ReturnAdviceLine line) =>
        line.OverReturned > 0 ? $"Over-returned {Count(line.OverReturned)} units beyond the {Count(line.Announced)} announced"
        : line.Short > 0 ? $"Short {Count(line.Short)} of the {Count(line.Announced)} units announced did not arrive"
        : null;

    private static string Words(ReturnReason reason) => reason switch
    {
        ReturnReason.Refused => "Refused on delivery",
        ReturnReason.Undeliverable => "Undeliverable",
        ReturnReason.WrongItem => "Wrong item",
        _ => reason.ToString(),
    };

    private static string? Text(X12Writer writer, string? text) =>
        writer.Echo(text) is { } clean ? clean.Length > MaxTextLength ? clean[..MaxTextLength] : clean : null;

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
