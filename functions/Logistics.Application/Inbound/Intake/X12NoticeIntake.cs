using Logistics.Application.Common;
using Logistics.Application.Intake;
using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Inbound;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Inbound.Intake;

/// <summary>
/// Takes in an X12 interchange of 943/856 notices and answers it in one interchange: a TA1 when the envelope is at fault
/// or the sender asked for one (ISA14 = 1), then a 997 per functional group. A transaction set becomes a notice only
/// when its envelope, syntax and business rules are all sound and the intake takes it; business faults and the intake's
/// refusals are reported in the 997 at the segment and element concerned, like syntax faults.
/// </summary>
/// <remarks>
/// Sets are taken one by one, in order, each on its own: a set the intake refuses (<see cref="StateConflictException"/>,
/// e.g. a notice number already taken by other content) is rejected in the 997 while the others stand. An interchange
/// carrying only acknowledgments gets no answer. The answer's control numbers come from the partner's counter
/// (<see cref="ControlNumbers"/>), its dates are the warehouse's local time, and its ISA12, ISA15 and GS08 mirror what
/// was received.
/// </remarks>
public sealed class X12NoticeIntake(NoticeRules rules, NoticeIntake intake, ControlNumbers controlNumbers, BusinessCalendar calendar)
{
    /// <summary>Processes the interchange.</summary>
    /// <exception cref="WarehouseValidationException">The ISA cannot be read, so no acknowledgment can be addressed.</exception>
    public async Task<X12IntakeResult> AcceptAsync(DurableTaskClient client, string ownerId, string text, CancellationToken cancellationToken)
    {
        var accepted = new List<AcceptedNotice>();
        var outcome = await InboundX12Processor.ProcessAsync(
            text,
            X12NoticeMapper.Profile,
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
                    // The intake's business decision on this set alone (say, a number already taken by other content):
                    // the set is rejected in the 997, the other sets of the interchange stand.
                    return [locator.Refusal(NoticeFields.NoticeNumber, document.Action != NoticeAction.Original, refused.Message)];
                }
            },
            cancellationToken);
        var answer = await X12Answer.WriteAsync(outcome, ownerId, controlNumbers, calendar, cancellationToken);
        return new X12IntakeResult(answer, accepted) { HasRejections = outcome.HasRejections, Notes = outcome.Notes };
    }
}
