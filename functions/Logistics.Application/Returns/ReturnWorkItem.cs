using Logistics.Edi.Outbound;

namespace Logistics.Application.Returns;

/// <summary>An unfinished return as the floor's work list shows it: what it waits for and which parts need the floor.</summary>
/// <param name="ReturnId">The return.</param>
/// <param name="OwnerId">The publisher.</param>
/// <param name="ReturnNumber">Its number.</param>
/// <param name="Origin">OwnerNotice or FailedDelivery.</param>
/// <param name="Status">Its progress.</param>
/// <param name="WaitingOn"><c>floor</c>, <c>owner</c> or <c>carrier</c> (the goods are on their way).</param>
/// <param name="Work">What is to be done, in words: collect at the pickup, receive, inspect, hand over.</param>
/// <param name="Pickup">Where to collect the goods, when the owner asked the center to and they have not arrived.</param>
/// <param name="ExpectedDate">When the goods are expected, if announced.</param>
/// <param name="HeldUntil">The earliest deadline of a part held for the owner.</param>
/// <param name="Parts">Parts awaiting the floor: inspection, or the handover to the supplier's carrier.</param>
/// <param name="AcceptedAt">When the return was taken in.</param>
public sealed record ReturnWorkItem(
    string ReturnId,
    string OwnerId,
    string ReturnNumber,
    string Origin,
    string Status,
    string WaitingOn,
    string Work,
    Party? Pickup,
    DateOnly? ExpectedDate,
    DateTimeOffset? HeldUntil,
    IReadOnlyList<ReturnPartRecord> Parts,
    DateTimeOffset AcceptedAt);
