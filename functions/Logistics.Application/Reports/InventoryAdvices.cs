using System.Globalization;
using System.Text;
using Logistics.Application.Partners;
using Logistics.Application.Reports.Schedules;
using Logistics.Application.Warehouse;
using Logistics.Domain.Items;
using Logistics.Edi.Inventory;

namespace Logistics.Application.Reports;

/// <summary>
/// Writes the X12 846 inventory advice of a current-stock list: the same numbers, one LIN loop per item and lot, to the
/// X12 address in the owner's report settings, under a control number from the owner's counter.
/// </summary>
public sealed class InventoryAdvices(ControlNumbers controlNumbers, AdviceAddress address, ReportProfiles profiles, BusinessCalendar calendar)
{
    /// <summary>Writes the 846 of <paramref name="stock"/> to <paramref name="output"/> (UTF-8, left open).</summary>
    public async Task WriteAsync(CurrentStockList stock, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stock);
        ArgumentNullException.ThrowIfNull(output);
        var profile = await profiles.GetAsync(stock.OwnerId, cancellationToken);
        var control = await controlNumbers.ReserveAsync(stock.OwnerId, 1, cancellationToken);
        var (warehouse, owner, envelope) = address.For(stock.OwnerId, profile.X12Qualifier, profile.X12Id, profile.X12Version, usage: null, control, stock.AsOf);
        var text = InventoryAdviceWriter.Write(ToAdvice(stock, control), warehouse, owner, envelope);
        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }

    /// <summary>
    /// The advice's content: the list's lines, numbered by the as-of time and the control number (BIA03). Quantities are
    /// the ledger's base units, so every QTY is in eaches whatever the item's pack unit.
    /// </summary>
    public InventoryAdvice ToAdvice(CurrentStockList stock, int control)
    {
        ArgumentNullException.ThrowIfNull(stock);
        var asOf = calendar.ToLocal(stock.AsOf);
        var number = $"{asOf.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}-{control.ToString(CultureInfo.InvariantCulture)}";
        return new InventoryAdvice(number, asOf, [.. stock.Lines.Select(l => new InventoryAdviceLine(
            l.Sku, l.Lot, l.Description, nameof(UnitOfMeasure.Each), l.OnHand, l.PendingIn, l.PendingOut, l.Available, l.PendingDecision, l.PendingReturnToSupplier, l.PendingProcessing))]);
    }
}
