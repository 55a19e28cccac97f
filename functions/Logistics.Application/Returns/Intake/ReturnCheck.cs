using Logistics.Application.Intake;
using Logistics.Application.Items;
using Logistics.Edi.Returns;

namespace Logistics.Application.Returns.Intake;

/// <summary>What <see cref="ReturnRules.CheckAsync"/> found.</summary>
/// <param name="Faults">The business-rule faults; empty when the return passes.</param>
/// <param name="Items">The items of the return's lines, by SKU.</param>
/// <param name="Document">The return with every line's SKU resolved, ready for the intake when there are no faults.</param>
public sealed record ReturnCheck(IReadOnlyList<LineFault> Faults, IReadOnlyDictionary<string, ItemDocument> Items, ReturnNoticeDocument Document)
{
    /// <summary>True when the return passed every rule.</summary>
    public bool Passed => Faults.Count == 0;
}
