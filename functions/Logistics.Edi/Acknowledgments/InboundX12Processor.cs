using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Reads an interchange of inbound notices, maps every set and writes the answer: a TA1 when due and a 997 per group.</summary>
/// <remarks>
/// The syntax-only pipeline, without the item master or the store; the application's intake runs the same rules and adds
/// the business checks between mapping and answering.
/// </remarks>
public static class InboundX12Processor
{
    /// <summary>
    /// Processes <paramref name="text"/>. The answer's ISA13 is the settings' interchange number and its groups are
    /// numbered from the settings' group number on, so the caller reserves one number per answered group.
    /// </summary>
    public static InboundX12Outcome Process(string text, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var read = X12Reader.Read(text);
        if (read.Interchange is not { } interchange)
        {
            return new InboundX12Outcome(read, [], null);
        }

        if (read.IsAcknowledgmentOnly)
        {
            return new InboundX12Outcome(read, [], null);
        }

        var documents = new List<InboundNoticeDocument>();
        var groups = new List<GroupAcknowledgment>();
        foreach (var group in interchange.Groups.Where(InboundGroupRules.IsAnswered))
        {
            var groupErrors = InboundGroupRules.GroupErrors(group);
            var sets = new List<TransactionSetAcknowledgment>();
            foreach (var set in group.TransactionSets)
            {
                var mapped = X12NoticeMapper.Map(set);
                var errors = new List<X12SegmentError>();
                if (InboundGroupRules.GroupMismatch(group, set) is { } mismatch)
                {
                    errors.Add(mismatch);
                }

                errors.AddRange(mapped?.Errors ?? []);
                sets.Add(TransactionSetAcknowledgment.For(set, errors, supported: mapped is not null));

                // A notice is taken only from a fully sound envelope: bad input must change nothing (DESIGN.md §6.6).
                if (mapped?.Document is { } document && errors.Count == 0 && set.IsValid && group.Errors.Count == 0 && groupErrors.Count == 0 && read.Errors.Count == 0)
                {
                    documents.Add(document);
                }
            }

            groups.Add(new GroupAcknowledgment(group, sets, groupErrors));
        }

        var ta1 = AcknowledgmentInterchangeWriter.Ta1Due(interchange, read.Errors);
        var answer = AcknowledgmentInterchangeWriter.Write(interchange, ta1, read.Errors.Count > 0 ? read.Errors[0] : null, groups, settings);
        return new InboundX12Outcome(read, documents, answer);
    }
}
