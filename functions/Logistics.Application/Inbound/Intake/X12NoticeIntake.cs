using Logistics.Application.Common;
using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;
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
        var read = X12Reader.Read(text ?? string.Empty);
        if (read.Interchange is not { } interchange)
        {
            throw new WarehouseValidationException([.. read.Errors.Select(e => new FieldError(string.Empty, e.Message))]);
        }

        if (read.IsAcknowledgmentOnly)
        {
            return new X12IntakeResult(string.Empty, []);
        }

        var notes = new List<string>(read.Errors.Select(e => e.Message));
        var accepted = new List<AcceptedNotice>();
        var groups = new List<GroupAcknowledgment>();
        foreach (var group in interchange.Groups.Where(InboundGroupRules.IsAnswered))
        {
            var groupErrors = InboundGroupRules.GroupErrors(group);
            notes.AddRange(group.Errors.Select(e => e.Message));
            if (groupErrors.Count > 0)
            {
                notes.Add($"Functional group {group.ControlNumber}: GS01 {group.FunctionalIdCode} is not taken here; send 943s in AR groups and 856s in SH groups.");
            }

            var sets = new List<TransactionSetAcknowledgment>();
            foreach (var set in group.TransactionSets)
            {
                var takesNotices = read.Errors.Count == 0 && group.Errors.Count == 0 && groupErrors.Count == 0;
                var (acknowledgment, notice) = await AcceptSetAsync(client, ownerId, interchange.Header, group, set, takesNotices, cancellationToken);
                sets.Add(acknowledgment);
                if (notice is not null)
                {
                    accepted.Add(notice);
                }

                notes.AddRange(set.Errors.Select(e => $"Transaction set {set.IdCode} {set.ControlNumber}: {e.Message}"));
                notes.AddRange(acknowledgment.SegmentErrors.Select(e => $"Transaction set {set.IdCode} {set.ControlNumber}: {e.Message}"));
            }

            groups.Add(new GroupAcknowledgment(group, sets, groupErrors));
        }

        var ta1 = AcknowledgmentInterchangeWriter.Ta1Due(interchange, read.Errors);
        var hasRejections = read.Errors.Count > 0 || groups.Any(g => !g.IsAccepted);
        if (!ta1 && groups.Count == 0)
        {
            return new X12IntakeResult(string.Empty, accepted) { HasRejections = hasRejections, Notes = notes };
        }

        // Numbers are taken last, once the answer is certain, so a failure before it wastes none.
        var first = await controlNumbers.ReserveAsync(ownerId, Math.Max(1, groups.Count), cancellationToken);
        var settings = new X12EnvelopeSettings(first, first, calendar.Now);
        var answer = AcknowledgmentInterchangeWriter.Write(interchange, ta1, read.Errors.Count > 0 ? read.Errors[0] : null, groups, settings) ?? string.Empty;
        return new X12IntakeResult(answer, accepted) { HasRejections = hasRejections, Notes = notes };
    }

    private async Task<(TransactionSetAcknowledgment Acknowledgment, AcceptedNotice? Notice)> AcceptSetAsync(
        DurableTaskClient client, string ownerId, X12InterchangeHeader header, X12FunctionalGroup group, X12TransactionSet set, bool takesNotices, CancellationToken cancellationToken)
    {
        var mapped = X12NoticeMapper.Map(set);
        var errors = new List<X12SegmentError>();
        if (InboundGroupRules.GroupMismatch(group, set) is { } mismatch)
        {
            errors.Add(mismatch);
        }

        errors.AddRange(mapped?.Errors ?? []);
        AcceptedNotice? notice = null;
        if (mapped?.Document is { } document && errors.Count == 0 && set.IsValid && takesNotices)
        {
            var check = await rules.CheckAsync(ownerId, document, cancellationToken);
            if (check.Passed)
            {
                try
                {
                    notice = await intake.AcceptAsync(client, ownerId, check.Document, check.Items, header, cancellationToken);
                }
                catch (StateConflictException refused)
                {
                    // The intake's business decision on this set alone (say, a number already taken by other content):
                    // the set is rejected in the 997, the other sets of the interchange stand.
                    errors.Add(X12LineLocator.Refusal(set, document, refused.Message));
                }
            }
            else
            {
                errors.AddRange(X12LineLocator.ToErrors(set, document, check.Faults));
            }
        }

        return (TransactionSetAcknowledgment.For(set, errors, supported: mapped is not null), notice);
    }
}
