namespace Logistics.Domain.Returns;

/// <summary>Who decides what becomes of a returned part, and what happens when nobody does.</summary>
/// <remarks>
/// The notice's requested disposition decides first, when the receipt closes — except that goods found in any
/// condition but good are never restocked on request alone: they wait for inspection. Over-returns are always held for
/// the owner. Everything else is decided by the floor at inspection; a held part by the owner before its deadline, else
/// by its default action.
/// </remarks>
public static class ReturnDispositionRules
{
    /// <summary>The disposition the notice's request gives <paramref name="part"/> at close, or null when inspection decides.</summary>
    public static ReturnDisposition? AtClose(ReturnPart part, ReturnDisposition? requested)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.OverReturn)
        {
            return ReturnDisposition.Hold;
        }

        return requested switch
        {
            ReturnDisposition.Restock when part.Condition != ReturnCondition.Good => null,
            _ => requested,
        };
    }

    /// <summary>What a held part becomes at its deadline when nobody named another default: good goods restocked, the rest scrapped.</summary>
    public static ReturnDisposition DefaultFor(ReturnCondition condition) =>
        condition == ReturnCondition.Good ? ReturnDisposition.Restock : ReturnDisposition.Scrap;
}
