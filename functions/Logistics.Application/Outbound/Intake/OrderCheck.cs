using Logistics.Application.Intake;
using Logistics.Application.Items;
using Logistics.Edi.Outbound;

namespace Logistics.Application.Outbound.Intake;

/// <summary>What <see cref="OrderRules.CheckAsync"/> found.</summary>
/// <param name="Faults">The business-rule faults; empty when the order passes.</param>
/// <param name="Items">The items of the order's lines, by SKU.</param>
/// <param name="Document">
/// The order with every line's SKU resolved (lines named by barcodes get the SKU their barcode stands for), ready for
/// <see cref="OrderDrafts.Describe"/> when there are no faults. A cancellation comes back without lines: it names an
/// order, not goods.
/// </param>
public sealed record OrderCheck(IReadOnlyList<LineFault> Faults, IReadOnlyDictionary<string, ItemDocument> Items, OutboundOrderDocument Document)
{
    /// <summary>True when the order passed every rule.</summary>
    public bool Passed => Faults.Count == 0;
}
