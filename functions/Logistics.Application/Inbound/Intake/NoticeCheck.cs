using Logistics.Application.Intake;
using Logistics.Application.Items;
using Logistics.Edi.Inbound;

namespace Logistics.Application.Inbound.Intake;

/// <summary>What <see cref="NoticeRules.CheckAsync"/> found.</summary>
/// <param name="Faults">The business-rule faults; empty when the notice passes.</param>
/// <param name="Items">The items of the notice's lines, by SKU.</param>
/// <param name="Document">
/// The notice with every line's SKU resolved (lines named by barcodes get the SKU their barcode stands for), ready for
/// the intake when there are no faults. A cancellation comes back without lines: it names a notice, not goods.
/// </param>
public sealed record NoticeCheck(IReadOnlyList<LineFault> Faults, IReadOnlyDictionary<string, ItemDocument> Items, InboundNoticeDocument Document)
{
    /// <summary>True when the notice passed every rule.</summary>
    public bool Passed => Faults.Count == 0;

    /// <summary>The faults and the items, as callers that already hold a resolved document (JSON) take them.</summary>
    public void Deconstruct(out IReadOnlyList<LineFault> faults, out IReadOnlyDictionary<string, ItemDocument> items)
    {
        faults = Faults;
        items = Items;
    }
}
