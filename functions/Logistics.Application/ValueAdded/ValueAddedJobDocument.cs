using Logistics.Application.Common;
using Logistics.Domain.ValueAdded;

namespace Logistics.Application.ValueAdded;

/// <summary>A value-added job the owner ordered: what it consumes and produces, its pick tasks and where it stands.</summary>
/// <remarks>
/// Written in the same batch as the job's stock movements at every step (order, pick, completion, cancellation), under
/// its ETag, so the job and the ledger never disagree and a cancellation racing a completion ends as exactly one of them.
/// </remarks>
public sealed record ValueAddedJobDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "valueAddedJob";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The job id, <c>{owner}~{jobNumber}</c>.</summary>
    public required string JobId { get; init; }

    /// <summary>The owner's job number (idempotency key of the order).</summary>
    public required string JobNumber { get; init; }

    public required ValueAddedKind JobKind { get; init; }

    /// <summary>The item produced.</summary>
    public required string Sku { get; init; }

    /// <summary>Units ordered as the owner sent them: kits, cases to split, units to repack or label.</summary>
    public required int Units { get; init; }

    /// <summary>Units of <see cref="Sku"/> the job produces (eaches; for a split, cases × case quantity).</summary>
    public required int OutputUnits { get; init; }

    /// <summary>What the job consumes, per input item.</summary>
    public required IReadOnlyList<ValueAddedInputRecord> Inputs { get; init; }

    /// <summary>Where the inputs are reserved and how much of each is picked.</summary>
    public required IReadOnlyList<ValueAddedPickTask> PickTasks { get; init; }

    public required ValueAddedStage Stage { get; init; }

    /// <summary>What the owner sent, to tell a repeat from another job under a taken number.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The owner's note for the floor, if any.</summary>
    public string? Instructions { get; init; }

    public required DateTimeOffset OrderedAt { get; init; }

    /// <summary>When the last input reached the processing area.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>What completion produced and where it went.</summary>
    public IReadOnlyList<ValueAddedOutputRecord> Outputs { get; init; } = [];

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Who cancelled (<c>owner</c> or <c>ops</c>) and why.</summary>
    public string? CancelReason { get; init; }

    /// <summary>The source reference of the job's movements (<c>valueadded/{owner}/{job}</c>).</summary>
    public required string SourceReference { get; init; }

    /// <summary>True once the job is completed or cancelled.</summary>
    public bool IsFinished => Stage is ValueAddedStage.Completed or ValueAddedStage.Cancelled;

    /// <summary>The document id of a job.</summary>
    public static string IdOf(string jobId) => DocumentIds.Of(Kind, jobId);
}
