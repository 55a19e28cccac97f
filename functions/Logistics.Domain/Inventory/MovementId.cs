using Logistics.Domain.Common;

namespace Logistics.Domain.Inventory;

/// <summary>A movement id derived from the business fact that caused it, never random.</summary>
/// <remarks>
/// Because the id is a pure function of (source reference, steps), replaying an orchestration or
/// re-delivering a message produces the same id, and the ledger can ignore the duplicate (invariant 3).
/// </remarks>
public sealed record MovementId
{
    private MovementId(string value) => Value = value;

    /// <summary>The id text, e.g. <c>inbound/demo-publisher/ASN-1/line-2/receipt/to</c>.</summary>
    public string Value { get; }

    /// <summary>Builds an id from a source reference and the steps below it.</summary>
    /// <exception cref="DomainException">A part is blank or contains '/', which would make ids ambiguous.</exception>
    public static MovementId For(string sourceReference, params string[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var source = Guard.NotBlank(sourceReference, "Movement source reference");
        foreach (var step in steps)
        {
            if (string.IsNullOrWhiteSpace(step) || step.Contains('/', StringComparison.Ordinal))
            {
                throw new DomainException($"Movement step '{step}' must be non-blank and contain no '/'.");
            }
        }

        return new MovementId(steps.Length == 0 ? source : source + "/" + string.Join('/', steps));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
