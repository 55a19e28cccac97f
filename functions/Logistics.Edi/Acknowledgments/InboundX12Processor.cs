using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>
/// The one pipeline for an inbound interchange of notices or orders: reads it, maps every set by the intake's
/// <see cref="InboundX12Profile{TDocument}"/>, hands each sound one to the business step and collects the verdicts the
/// answer is written from (a TA1 when due, a 997 per answered group).
/// </summary>
/// <remarks>
/// The profile says which sets the intake takes and in which functional group each travels; a group or set outside it is
/// rejected in the 997 (AK905 code 1, AK5 code 1, or the ST01 error for a set in the wrong group). A document is handed
/// on only from a fully sound envelope: bad input must change nothing. Sets are handed on one by one, in order; a set the
/// business step rejects is rejected in the 997 while the others stand. An interchange of sound acknowledgments (TA1s,
/// 997 groups) is read but neither handed on nor answered.
/// </remarks>
public static class InboundX12Processor
{
    /// <summary>Processes <paramref name="text"/>, calling <paramref name="take"/> for each sound document of <paramref name="profile"/>.</summary>
    public static async Task<InboundX12Outcome> ProcessAsync<TDocument>(
        string text, InboundX12Profile<TDocument> profile, InboundSetHandler<TDocument> take, CancellationToken cancellationToken)
        where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(take);
        var read = X12Reader.Read(text ?? string.Empty);
        if (read.Interchange is not { } interchange || read.IsAcknowledgmentOnly)
        {
            return new InboundX12Outcome(read, [], false) { Notes = [.. read.Errors.Select(e => e.Message)] };
        }

        var notes = new List<string>(read.Errors.Select(e => e.Message));
        var groups = new List<GroupAcknowledgment>();
        foreach (var group in interchange.Groups.Where(InboundGroupRules.IsAnswered))
        {
            var groupErrors = InboundGroupRules.GroupErrors(group, profile.FunctionalGroups);
            notes.AddRange(group.Errors.Select(e => e.Message));
            if (groupErrors.Count > 0)
            {
                notes.Add($"Functional group {group.ControlNumber}: GS01 {group.FunctionalIdCode} is not taken here; send {profile.Routing}.");
            }

            var takesDocuments = read.Errors.Count == 0 && group.Errors.Count == 0 && groupErrors.Count == 0;
            var sets = new List<TransactionSetAcknowledgment>();
            foreach (var set in group.TransactionSets)
            {
                var acknowledgment = await AcknowledgeAsync(interchange.Header, group, set, profile, takesDocuments, take, cancellationToken);
                sets.Add(acknowledgment);
                notes.AddRange(set.Errors.Select(e => $"Transaction set {set.IdCode} {set.ControlNumber}: {e.Message}"));
                notes.AddRange(acknowledgment.SegmentErrors.Select(e => $"Transaction set {set.IdCode} {set.ControlNumber}: {e.Message}"));
            }

            groups.Add(new GroupAcknowledgment(group, sets, groupErrors));
        }

        return new InboundX12Outcome(read, groups, AcknowledgmentInterchangeWriter.Ta1Due(interchange, read.Errors)) { Notes = notes };
    }

    private static async Task<TransactionSetAcknowledgment> AcknowledgeAsync<TDocument>(
        X12InterchangeHeader sender, X12FunctionalGroup group, X12TransactionSet set, InboundX12Profile<TDocument> profile, bool takesDocuments,
        InboundSetHandler<TDocument> take, CancellationToken cancellationToken)
        where TDocument : class
    {
        var mapped = profile.Map(set);
        var errors = new List<X12SegmentError>();
        if (InboundGroupRules.GroupMismatch(group, set, profile.FunctionalGroups) is { } mismatch)
        {
            errors.Add(mismatch);
        }

        errors.AddRange(mapped?.Errors ?? []);
        if (mapped?.Document is { } document && errors.Count == 0 && set.IsValid && takesDocuments)
        {
            errors.AddRange(await take(sender, set, document, cancellationToken));
        }

        return TransactionSetAcknowledgment.For(set, errors, supported: mapped is not null);
    }
}
