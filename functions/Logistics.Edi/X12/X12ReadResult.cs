using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.X12;

/// <summary>What <see cref="X12Reader"/> produced: the interchange (unless the ISA was unreadable) and interchange-level errors.</summary>
/// <param name="Interchange">The interchange, or <c>null</c> when the ISA could not be read.</param>
/// <param name="Errors">Interchange-level errors; codes are <see cref="InterchangeNoteCode"/> values.</param>
public sealed record X12ReadResult(X12Interchange? Interchange, IReadOnlyList<X12EnvelopeError> Errors)
{
    /// <summary>True when nothing at all could be read; answer with a TA1 or a problem report, not a 997.</summary>
    public bool IsUnreadable => Interchange is null;

    /// <summary>
    /// True when the interchange carries acknowledgments only and its envelope is sound: X12 forbids answering those. An
    /// interchange with envelope errors (segments outside any group, wrong counts) gets its TA1 even when it holds a TA1.
    /// </summary>
    public bool IsAcknowledgmentOnly => Interchange is { IsAcknowledgmentOnly: true } && Errors.Count == 0;

    /// <summary>True when no envelope at any level has an error.</summary>
    public bool IsValid => Errors.Count == 0 && Interchange is not null
        && Interchange.Groups.All(g => g.Errors.Count == 0 && g.TransactionSets.All(s => s.IsValid));
}
