using Logistics.Application.Warehouse;
using Microsoft.Extensions.Options;

namespace Logistics.Application.Returns.Workflow;

/// <summary>When a return's goods are due and how long the owner has to decide on a held part.</summary>
public sealed class ReturnDeadlines(IOptions<WarehouseOptions> options)
{
    /// <summary>The start of the expected date plus the arrival grace; null when the notice named no date (a failed delivery never does).</summary>
    public DateTimeOffset? Arrival(ReturnDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ExpectedDate is { } date ? BusinessCalendar.StartOfDay(date, options.Value) + options.Value.ArrivalGrace : null;
    }

    /// <summary>The owner's deadline for a part held at <paramref name="heldAt"/>: the warehouse's decision window later.</summary>
    public DateTimeOffset Hold(DateTimeOffset heldAt) => heldAt + options.Value.DecisionWindow;
}
