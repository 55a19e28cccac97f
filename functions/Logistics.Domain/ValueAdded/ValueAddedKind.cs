namespace Logistics.Domain.ValueAdded;

/// <summary>What a value-added job does to the goods (the seed's 分拆、组合、重包装, and labelling).</summary>
public enum ValueAddedKind
{
    /// <summary>Combine components into kits by the kit item's bill of materials: N kits consume N × BOM.</summary>
    Kit,

    /// <summary>Split cases of a case item into eaches of another item: N cases give N × case quantity eaches.</summary>
    Split,

    /// <summary>Put the same units into other packaging, under another item: N units in, N units out.</summary>
    Repack,

    /// <summary>Label units of one item: the same item and units in and out; the stock passes through processing.</summary>
    Label,
}
