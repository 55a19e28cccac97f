using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.Workflow;
using Logistics.Domain.Inventory;
using Logistics.Domain.Returns;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Returns;

/// <summary>
/// The owner's decisions on held parts of its returns (restock, return to supplier or scrap), in the style of the
/// inbound decisions on pending goods (<see cref="Inbound.OwnerDecisions"/>), and the default action a held part gets
/// when its deadline passes undecided (applied by the return's orchestration on a durable timer).
/// </summary>
public sealed class ReturnDecisions(
    ReturnRepository returns,
    StockPoster poster,
    ReturnOrchestrations orchestrations,
    ReturnDispositions dispositions,
    TimeProvider time)
{
    private static readonly ReturnDisposition[] OwnerChoices = [ReturnDisposition.Restock, ReturnDisposition.ReturnToSupplier, ReturnDisposition.Scrap];

    /// <summary>Records the owner's decision on a held part and moves its goods; the same decision again changes nothing.</summary>
    /// <exception cref="WarehouseValidationException">The decision is not restock, returnToSupplier or scrap; a return to supplier without an address.</exception>
    /// <exception cref="StateConflictException">The part is not held for the owner, or it was decided otherwise.</exception>
    public async Task<ReturnPartRecord> DecideAsync(DurableTaskClient client, string publisherId, string returnId, ReturnDecisionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.PartId))
        {
            errors.Add(new FieldError("/partId", "'partId' is required: the held part as the return lists it."));
        }

        var decision = ReturnDispositions.Parse(input.Decision, OwnerChoices);
        if (decision is null)
        {
            errors.Add(new FieldError("/decision", $"'decision' must be {ReturnDispositions.Names(OwnerChoices)}, was '{input.Decision}'."));
        }

        if (input.Reason is { Length: > ReturnDispositions.MaxReasonLength })
        {
            errors.Add(new FieldError("/reason", $"'reason' may be at most {ReturnDispositions.MaxReasonLength} characters."));
        }

        var supplier = input.Supplier?.ToParty();
        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var partId = input.PartId!.Trim();
        var first = (await returns.GetAsync(returnId, publisherId, cancellationToken)).Value;
        await orchestrations.RequireActiveAsync(client, first, cancellationToken);
        var (part, changed) = await poster.PostAsync(publisherId, async ct =>
        {
            var read = await returns.GetAsync(returnId, publisherId, ct);
            var part = ReturnPartChange.Find(read.Value, partId);
            var step = ReturnSteps.Disposition(read.Value, part.PartId, "decision");
            if (part.DecidedBy == "owner" && part.Disposition == decision)
            {
                return (StockPosting.None(step), (part, false));
            }

            if (!part.IsHeld)
            {
                throw new StateConflictException(part.Disposition is null
                    ? $"Part {part.PartId} of return {returnId} awaits inspection by the floor; the owner decides on held parts only."
                    : $"Part {part.PartId} of return {returnId} is already {part.Disposition} (decided by the {part.DecidedBy}).");
            }

            var reason = input.Reason ?? (decision == ReturnDisposition.Scrap ? "scrapped at the owner's request" : null);
            var (decided, movements, disposed) = await dispositions.PlanAsync(read.Value, part, decision!.Value, "owner", reason, null, supplier, time.GetUtcNow(), ct);
            return (ReturnPartChange.Commit(read, step, decided, movements, disposed).Posting, (decided, true));
        }, cancellationToken);

        if (changed)
        {
            await orchestrations.SignalAsync(client, returnId, ReturnMilestones.OwnerDecision, new MilestoneEvent($"{part.PartId} {part.Disposition}", time.GetUtcNow()), cancellationToken);
        }

        return part;
    }

    /// <summary>
    /// Applies the default action of every part still held at <paramref name="at"/> whose deadline has passed, in one
    /// posting; a part the owner decided meanwhile is left alone, and a rerun finds nothing left to do.
    /// </summary>
    /// <returns>The parts decided by default.</returns>
    public async Task<IReadOnlyList<string>> ApplyDefaultsAsync(string returnId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var first = (await returns.GetAsync(returnId, null, cancellationToken)).Value;
        var step = ReturnSteps.Defaults(first, at);
        await poster.ApplyPendingAsync(first.OwnerId, [step], cancellationToken);
        return await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = await returns.GetAsync(returnId, null, ct);
            var due = read.Value.Parts.Where(p => p.IsHeld && p.HoldDeadline <= at).ToList();
            if (due.Count == 0)
            {
                return (StockPosting.None(step), (IReadOnlyList<string>)[]);
            }

            var movements = new List<StockMovement>();
            var events = new List<Events.WarehouseEvent>();
            var parts = read.Value.Parts.ToList();
            foreach (var part in due)
            {
                var (decided, moved, disposed) = await dispositions.PlanAsync(read.Value, part, part.DefaultAction ?? ReturnDispositionRules.DefaultFor(part.Condition), "default",
                    $"the owner did not decide by {UtcText.Of(part.HoldDeadline!.Value)}: default action", null, null, at, ct);
                parts[parts.FindIndex(p => p.PartId == part.PartId)] = decided;
                movements.AddRange(moved);
                events.Add(disposed);
            }

            var updated = read.Value with { Parts = parts, Progress = ReturnDispositions.ProgressOf(parts) };
            return (new StockPosting(step, movements, batch =>
            {
                batch.Replace(updated, read.ETag);
                foreach (var disposed in events)
                {
                    batch.Send(disposed.ToMessage());
                }
            }), (IReadOnlyList<string>)[.. due.Select(p => p.PartId)]);
        }, cancellationToken);
    }
}
