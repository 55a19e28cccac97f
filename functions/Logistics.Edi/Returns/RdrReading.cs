using Logistics.Domain.Returns;
using Logistics.Edi.X12;

namespace Logistics.Edi.Returns;

/// <summary>What one RDR (return disposition reason) says: the reason, its text and the disposition asked for, each with where it was read.</summary>
/// <param name="Reason">From RDR02 (<see cref="ReturnCodes.ReasonOf"/>); <see cref="ReturnReason.Other"/> when absent or unmapped.</param>
/// <param name="ReasonAt">RDR02, when given.</param>
/// <param name="Text">RDR04; for an unmapped RDR02 without RDR04, the code itself, so the partner's reason is not lost.</param>
/// <param name="TextAt">Where <paramref name="Text"/> was read.</param>
/// <param name="Disposition">From RDR01 (<see cref="ReturnCodes.DispositionOf"/>), when it names one.</param>
/// <param name="DispositionAt">RDR01, when it named a disposition.</param>
internal sealed record RdrReading(
    ReturnReason Reason, X12ElementLocation? ReasonAt, string? Text, X12ElementLocation? TextAt, ReturnDisposition? Disposition, X12ElementLocation? DispositionAt)
{
    /// <summary>Reads RDR01, RDR02, RDR04 and checks RDR03 and RDR05.</summary>
    public static RdrReading Read(X12ElementCheck check)
    {
        var dispositionCode = check.Identifier(1, 1292, "Returns disposition code (RDR01)", 2, 2, required: false);
        var reasonCode = check.Identifier(2, 1293, "Return request reason code (RDR02)", 2, 2, required: false);
        check.Identifier(3, 1294, "Return response reason code (RDR03)", 2, 2, required: false);
        var text = check.Identifier(4, 352, "Description (RDR04)", 1, 80, required: false);
        check.Code(5, 1073, "Item used (RDR05: Y or N)", ["Y", "N"], required: false);

        var reason = reasonCode is null ? ReturnReason.Other : ReturnCodes.ReasonOf(reasonCode);
        var textAt = text is null ? null : check.Location(4, 352);
        if (text is null && reasonCode is not null && !ReturnCodes.IsMappedReason(reasonCode))
        {
            text = $"Return reason code {reasonCode}";
            textAt = check.Location(2, 1293);
        }

        var disposition = dispositionCode is null ? null : ReturnCodes.DispositionOf(dispositionCode);
        return new RdrReading(
            reason, reasonCode is null ? null : check.Location(2, 1293), text, textAt, disposition, disposition is null ? null : check.Location(1, 1292));
    }
}
