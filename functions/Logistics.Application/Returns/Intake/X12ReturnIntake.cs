using Logistics.Application.Common;
using Logistics.Application.Intake;
using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Inbound;
using Logistics.Edi.Returns;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Returns.Intake;

/// <summary>
/// Takes in an X12 interchange of 180 return notices and answers it in one interchange (a TA1 when the envelope is at
/// fault or the sender asked for one, then a 997 per functional group), as <see cref="Inbound.Intake.X12NoticeIntake"/>
/// does for notices: business faults and the intake's refusals are reported at the segment and element concerned.
/// </summary>
public sealed class X12ReturnIntake(ReturnRules rules, ReturnIntake intake, ControlNumbers controlNumbers, BusinessCalendar calendar)
{
    /// <summary>Processes the interchange.</summary>
    /// <returns>The answer and the returns taken (new, or the existing one of a repost).</returns>
    /// <exception cref="WarehouseValidationException">The ISA cannot be read, so no acknowledgment can be addressed.</exception>
    public async Task<(string Acknowledgment, bool HasRejections, IReadOnlyList<AcceptedReturn> Returns)> AcceptAsync(
        DurableTaskClient client, string ownerId, string text, CancellationToken cancellationToken)
    {
        var accepted = new List<AcceptedReturn>();
        var outcome = await InboundX12Processor.ProcessAsync(
            text,
            X12ReturnMapper.Profile,
            async (sender, set, document, ct) =>
            {
                var locator = new X12FaultLocator(set, document.Sources);
                var check = await rules.CheckAsync(ownerId, document, ct);
                if (!check.Passed)
                {
                    return locator.ToErrors(check.Faults);
                }

                try
                {
                    accepted.Add(await intake.AcceptAsync(client, ownerId, check.Document, check.Items, sender, ct));
                    return [];
                }
                catch (StateConflictException refused)
                {
                    // The intake's decision on this set alone (a number taken by other content): rejected in the 997, the others stand.
                    return [locator.Refusal(ReturnFields.ReturnNumber, document.Action != NoticeAction.Original, refused.Message)];
                }
            },
            cancellationToken);
        var answer = await X12Answer.WriteAsync(outcome, ownerId, controlNumbers, calendar, cancellationToken);
        return (answer, outcome.HasRejections, accepted);
    }
}
