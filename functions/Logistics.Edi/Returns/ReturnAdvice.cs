namespace Logistics.Edi.Returns;

/// <summary>
/// The advice to the owner when a return is finished: per line what was announced, what arrived, and what became of it.
/// Sent as JSON, and to X12 partners as a 180 notification.
/// </summary>
/// <param name="ReturnNumber">The owner's return authorization number (the notice's), or ours for a failed delivery.</param>
/// <param name="ReturnId">Our id of the return, unique per owner.</param>
/// <param name="ReceivedOn">The warehouse-local day the goods arrived.</param>
/// <param name="CompletedOn">The warehouse-local day the last line was disposed of.</param>
/// <param name="Depositor">The owner id.</param>
/// <param name="Lines">One per announced line in the notice's order, then one per unannounced item received.</param>
public sealed record ReturnAdvice(
    string ReturnNumber, string ReturnId, DateOnly ReceivedOn, DateOnly CompletedOn, string Depositor, IReadOnlyList<ReturnAdviceLine> Lines)
{
    /// <summary>The outbound order the goods left on, when the return is a failed delivery or the notice named it.</summary>
    public string? OriginalOrderNumber { get; init; }
}
