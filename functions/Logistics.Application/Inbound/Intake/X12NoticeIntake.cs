using Logistics.Application.Common;
using Logistics.Application.Items;
using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Inbound.Intake;

/// <summary>
/// Takes in an X12 interchange of 943/856 notices and answers with 997s (plus a TA1 when the envelope is at fault).
/// A transaction set becomes a notice only when its envelope, syntax and business rules are all sound; business-rule
/// faults are reported in the 997 at the line's segment, like syntax faults.
/// </summary>
public sealed class X12NoticeIntake(NoticeRules rules, NoticeIntake intake, TimeProvider time)
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

        var now = time.GetUtcNow();

        // Our control numbers only need to differ between answers; seconds since 2020 stay within ISA13's nine digits for decades.
        var control = (int)((now.ToUnixTimeSeconds() - 1_577_836_800) % 900_000_000) + 1;
        var candidates = new List<(InboundNoticeDocument Document, IReadOnlyDictionary<string, ItemDocument> Items)>();
        var acknowledgments = new List<string>();
        for (var g = 0; g < interchange.Groups.Count; g++)
        {
            var group = interchange.Groups[g];
            var sets = new List<TransactionSetAcknowledgment>();
            foreach (var set in group.TransactionSets)
            {
                var mapped = X12NoticeMapper.Map(set);
                var errors = new List<X12SegmentError>(mapped?.Errors ?? []);
                if (mapped?.Document is { } document && mapped.IsValid && set.IsValid && group.Errors.Count == 0 && read.Errors.Count == 0)
                {
                    var (faults, items) = await rules.CheckAsync(ownerId, document, cancellationToken);
                    errors.AddRange(X12LineLocator.ToErrors(set, faults));
                    if (faults.Count == 0)
                    {
                        candidates.Add((document, items));
                    }
                }

                sets.Add(TransactionSetAcknowledgment.For(set, errors, supported: mapped is not null));
            }

            var settings = new X12EnvelopeSettings(control + g, control + g, now);
            acknowledgments.Add(FunctionalAcknowledgmentWriter.Write(interchange, group, sets, settings));
        }

        if (read.Errors.Count > 0)
        {
            var settings = new X12EnvelopeSettings(control + interchange.Groups.Count, control + interchange.Groups.Count, now);
            acknowledgments.Insert(0, InterchangeAcknowledgmentWriter.Write(interchange, read.Errors[0], settings));
        }

        var accepted = new List<AcceptedNotice>();
        foreach (var (document, items) in candidates)
        {
            accepted.Add(await intake.AcceptAsync(client, ownerId, document, items, interchange.Header, cancellationToken));
        }

        return new X12IntakeResult(string.Concat(acknowledgments), accepted);
    }
}
