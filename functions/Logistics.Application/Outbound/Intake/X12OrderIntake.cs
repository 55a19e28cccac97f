using Logistics.Application.Common;
using Logistics.Application.Intake;
using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Outbound;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Outbound.Intake;

/// <summary>
/// Takes in an X12 interchange of 940 shipping orders and answers it in one interchange: a TA1 when the envelope is at
/// fault or the sender asked for one (ISA14 = 1), then a 997 per functional group. A transaction set becomes an order only
/// when its envelope, syntax and business rules (<see cref="OrderRules"/>) are all sound and the intake takes it;
/// business faults and the intake's refusals are reported in the 997 at the segment and element concerned, like syntax
/// faults.
/// </summary>
/// <remarks>
/// Sets are taken one by one, in order, each on its own: a set the intake refuses (<see cref="StateConflictException"/>:
/// an order number already taken by other content, a change after picking started, a cancellation of no order) is
/// rejected in the 997 at W0501 when it declared a change (R, F, D) or at W0502, while the others stand. An interchange
/// carrying only acknowledgments gets no answer. The answer's control numbers come from the partner's counter
/// (<see cref="ControlNumbers"/>), its dates are the warehouse's local time, and its ISA12, ISA15 and GS08 mirror what was
/// received; the sender's ISA qualifier, id, version and usage indicator stay with the order to address its 945.
/// </remarks>
public sealed class X12OrderIntake(OrderRules rules, OrderIntake intake, ControlNumbers controlNumbers, BusinessCalendar calendar)
{
    /// <summary>Processes the interchange.</summary>
    /// <param name="client">The Durable client.</param>
    /// <param name="ownerId">The publisher posting it.</param>
    /// <param name="text">The interchange.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="WarehouseValidationException">The ISA cannot be read, so no acknowledgment can be addressed.</exception>
    public async Task<X12OrderIntakeResult> AcceptAsync(DurableTaskClient client, string ownerId, string text, CancellationToken cancellationToken)
    {
        var accepted = new List<AcceptedOrder>();
        var outcome = await InboundX12Processor.ProcessAsync(
            text,
            X12OrderMapper.Profile,
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
                    accepted.Add(await intake.AcceptAsync(client, OrderDrafts.Describe(ownerId, check.Document, check.Items, sender), document.Action, ct));
                    return [];
                }
                catch (StateConflictException refused)
                {
                    // The intake's business decision on this set alone: the set is rejected in the 997, the others stand.
                    return [locator.Refusal(OrderFields.OrderNumber, document.Action != OrderAction.Original, refused.Message)];
                }
            },
            cancellationToken);
        var answer = await X12Answer.WriteAsync(outcome, ownerId, controlNumbers, calendar, cancellationToken);
        return new X12OrderIntakeResult(answer, accepted) { HasRejections = outcome.HasRejections, Notes = outcome.Notes };
    }
}
