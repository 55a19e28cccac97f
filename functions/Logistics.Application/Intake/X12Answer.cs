using Logistics.Application.Common;
using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12;

namespace Logistics.Application.Intake;

/// <summary>How every X12 intake finishes: an interchange without a readable ISA is refused, any other is answered in one interchange.</summary>
internal static class X12Answer
{
    /// <summary>
    /// The answering interchange of <paramref name="outcome"/>, numbered from the partner's counter and dated in the
    /// warehouse's local time, or empty when there is nothing to answer (an interchange of acknowledgments).
    /// </summary>
    /// <exception cref="WarehouseValidationException">The ISA cannot be read, so no acknowledgment can be addressed.</exception>
    public static async Task<string> WriteAsync(
        InboundX12Outcome outcome, string ownerId, ControlNumbers controlNumbers, BusinessCalendar calendar, CancellationToken cancellationToken)
    {
        if (outcome.Read.IsUnreadable)
        {
            throw new WarehouseValidationException([.. outcome.Read.Errors.Select(e => new FieldError(string.Empty, e.Message))]);
        }

        if (!outcome.NeedsAnswer)
        {
            return string.Empty;
        }

        // Numbers are taken last, once the answer is certain, so a failure before it wastes none.
        var first = await controlNumbers.ReserveAsync(ownerId, outcome.ControlNumbersNeeded, cancellationToken);
        return outcome.Answer(new X12EnvelopeSettings(first, first, calendar.Now))!;
    }
}
