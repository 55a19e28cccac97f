namespace Logistics.Application.Warehouse.Work;

/// <summary>One unfinished notice or order and what it waits for, as the ops dashboard lists it.</summary>
/// <param name="Kind"><c>notice</c> or <c>order</c>.</param>
/// <param name="Id">The notice or order id (<c>{owner}~{number}</c>).</param>
/// <param name="OwnerId">The publisher.</param>
/// <param name="Number">The notice or order number.</param>
/// <param name="Stage">The document's own progress (notice) or stage (order).</param>
/// <param name="InstanceId">Its orchestration instance.</param>
/// <param name="RuntimeStatus">The instance's runtime status, or null when it has none (yet).</param>
/// <param name="WaitingFor">The milestone awaited: the custom status's, else the one the stage implies.</param>
/// <param name="WaitingOn">Who must act (<see cref="Work.WaitingOn"/>).</param>
/// <param name="Until">The deadline: the custom status's, else the one the document implies; null when none.</param>
/// <param name="Overdue">True once the deadline has passed (the custom status says so, or the clock is past it).</param>
/// <param name="Message">The custom status's words, when there is one.</param>
/// <param name="NextCheck">When the instance reads its document again if nothing wakes it first.</param>
/// <param name="DueDate">The business date behind the deadline (expected date of a notice, ship-by or deliver-by of an order).</param>
/// <param name="AcceptedAt">When the document was accepted.</param>
public sealed record WorkItemView(
    string Kind,
    string Id,
    string OwnerId,
    string Number,
    string Stage,
    string InstanceId,
    string? RuntimeStatus,
    string? WaitingFor,
    string WaitingOn,
    DateTimeOffset? Until,
    bool Overdue,
    string? Message,
    DateTimeOffset? NextCheck,
    DateOnly? DueDate,
    DateTimeOffset AcceptedAt);
