using Logistics.Edi.Inbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Reads an interchange of inbound notices, maps every set and writes one 997 per functional group.</summary>
public static class InboundX12Processor
{
    /// <summary>
    /// Processes <paramref name="text"/>. Group <c>i</c> (0-based) is acknowledged with interchange and group control
    /// numbers <c>settings + i</c>, so the caller reserves as many numbers as there are groups. An interchange-level
    /// error also yields a TA1, numbered after the 997s.
    /// </summary>
    public static InboundX12Outcome Process(string text, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var read = X12Reader.Read(text);
        if (read.Interchange is not { } interchange)
        {
            return new InboundX12Outcome(read, [], []);
        }

        var documents = new List<InboundNoticeDocument>();
        var acknowledgments = new List<string>();
        for (var i = 0; i < interchange.Groups.Count; i++)
        {
            var group = interchange.Groups[i];
            var sets = new List<TransactionSetAcknowledgment>();
            foreach (var set in group.TransactionSets)
            {
                var mapped = X12NoticeMapper.Map(set);
                sets.Add(TransactionSetAcknowledgment.For(set, mapped?.Errors, supported: mapped is not null));
                // A notice is taken only from a fully sound envelope: bad input must change nothing (DESIGN.md §6.6).
                if (mapped?.Document is { } document && set.IsValid && group.Errors.Count == 0 && read.Errors.Count == 0)
                {
                    documents.Add(document);
                }
            }

            var numbered = settings with
            {
                InterchangeControlNumber = settings.InterchangeControlNumber + i,
                GroupControlNumber = settings.GroupControlNumber + i,
            };
            acknowledgments.Add(FunctionalAcknowledgmentWriter.Write(interchange, group, sets, numbered));
        }

        var ta1 = read.Errors.Count == 0
            ? null
            : InterchangeAcknowledgmentWriter.Write(interchange, read.Errors[0], settings with { InterchangeControlNumber = settings.InterchangeControlNumber + interchange.Groups.Count });
        return new InboundX12Outcome(read, documents, acknowledgments, ta1);
    }
}
