using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Inventory;

/// <summary>One immutable ledger entry: a signed change of one balance.</summary>
public sealed record StockMovement
{
    /// <summary>Creates a movement.</summary>
    /// <exception cref="DomainException"><paramref name="delta"/> is zero (a no-op entry would only confuse audits).</exception>
    public StockMovement(MovementId id, StockKey key, long delta, MovementType type, DateTimeOffset occurredAt, string sourceReference)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(key);
        if (delta == 0)
        {
            throw new DomainException($"Movement {id} has a zero quantity.");
        }

        Id = id;
        Key = key;
        Delta = delta;
        Type = type;
        OccurredAt = occurredAt;
        SourceReference = Guard.NotBlank(sourceReference, "Movement source reference");
    }

    /// <summary>Deterministic id; the ledger applies each id once.</summary>
    public MovementId Id { get; }

    /// <summary>The balance this movement changes.</summary>
    public StockKey Key { get; }

    /// <summary>Signed change in units.</summary>
    public long Delta { get; }

    /// <summary>Why the stock moved.</summary>
    public MovementType Type { get; }

    /// <summary>When it happened (business time, from the caller's clock).</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>The business document behind the movement, e.g. <c>inbound/demo-publisher/ASN-1</c>.</summary>
    public string SourceReference { get; }

    /// <summary>
    /// A transfer between two keys as a pair of movements (out of <paramref name="from"/>, into <paramref name="to"/>)
    /// whose ids derive from one reference, so the pair is idempotent as a whole.
    /// </summary>
    /// <exception cref="DomainException">The keys differ in owner, item or lot; a transfer cannot change what the goods are.</exception>
    public static IReadOnlyList<StockMovement> Transfer(
        string sourceReference, string step, StockKey from, StockKey to, Quantity quantity, MovementType type, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Owner != to.Owner || from.Sku != to.Sku || from.Lot != to.Lot)
        {
            throw new DomainException($"Cannot transfer between {from} and {to}: owner, item and lot must match.");
        }

        if (from == to)
        {
            throw new DomainException($"Cannot transfer {from} to itself.");
        }

        return
        [
            new StockMovement(MovementId.For(sourceReference, step, "from"), from, -quantity.Units, type, occurredAt, sourceReference),
            new StockMovement(MovementId.For(sourceReference, step, "to"), to, quantity.Units, type, occurredAt, sourceReference),
        ];
    }
}
