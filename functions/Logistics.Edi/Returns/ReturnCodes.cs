using Logistics.Domain.Returns;

namespace Logistics.Edi.Returns;

/// <summary>
/// The 180's RDR codes and what they mean to the warehouse: the return request reason (element 1293, RDR02) as a
/// <see cref="ReturnReason"/>, the returns disposition (element 1292, RDR01) as a <see cref="ReturnDisposition"/>, and
/// back for the advice the warehouse writes. Code lists as published for 004010 and unchanged in 005010 (X12Profiles.md).
/// </summary>
public static class ReturnCodes
{
    private static readonly Dictionary<string, ReturnReason> Reasons = new(StringComparer.Ordinal)
    {
        // Damaged or defective goods.
        ["DA"] = ReturnReason.Damaged, // Damaged Product
        ["DT"] = ReturnReason.Damaged, // Damaged in Transit
        ["DM"] = ReturnReason.Damaged, // Defective Merchandise or Store Inspection
        ["DR"] = ReturnReason.Damaged, // Defective Merchandise or Returned by Consumer
        ["DP"] = ReturnReason.Damaged, // Defective Packaging
        ["PW"] = ReturnReason.Damaged, // Poor Workmanship
        ["EW"] = ReturnReason.Damaged, // Excessive Wear

        // The wrong goods.
        ["WG"] = ReturnReason.WrongItem, // Wrong Goods or Not Ordered
        ["CO"] = ReturnReason.WrongItem, // Customer Ordering Error

        // Sale or return: goods the retailer did not sell.
        ["EI"] = ReturnReason.Unsold, // Excess Inventory
        ["EO"] = ReturnReason.Unsold, // End of Season
        ["SR"] = ReturnReason.Unsold, // Stock Reduction Agreement
        ["DI"] = ReturnReason.Unsold, // Discontinued Product
        ["MD"] = ReturnReason.Unsold, // Mark Downs
        ["TE"] = ReturnReason.Unsold, // Termination

        // Past or near the date.
        ["BC"] = ReturnReason.Expired, // Beyond Code Date
        ["SD"] = ReturnReason.Expired, // Short-Dated Product
        ["PS"] = ReturnReason.Expired, // Product Spoiled
    };

    private static readonly Dictionary<string, ReturnDisposition> Dispositions = new(StringComparer.Ordinal)
    {
        ["KA"] = ReturnDisposition.Restock, // Keep with an Allowance
        ["KR"] = ReturnDisposition.Restock, // Keep and Repair
        ["RP"] = ReturnDisposition.Hold, // Return Authorization Pending: the owner has not decided yet
        ["RF"] = ReturnDisposition.ReturnToSupplier, // Return for Factory Repair
        ["MW"] = ReturnDisposition.ReturnToSupplier, // Manufacturer Warranty Service
        ["RT"] = ReturnDisposition.ReturnToSupplier, // Ship to Third Party
        ["DI"] = ReturnDisposition.Scrap, // Dispose
        ["SD"] = ReturnDisposition.Scrap, // Ship to Third Party for Disposal
    };

    /// <summary>
    /// The reason an RDR02 code gives, or <see cref="ReturnReason.Other"/> for a code the table does not map (CV color
    /// variance, PF poor fit, PE price error, RE recall…): the code is valid X12, it just asks nothing special of the
    /// warehouse. No 1293 code says "refused" or "undeliverable"; those come from JSON notices and failed deliveries.
    /// </summary>
    public static ReturnReason ReasonOf(string code) => Reasons.GetValueOrDefault(code, ReturnReason.Other);

    /// <summary>True when <paramref name="code"/> maps to a reason other than <see cref="ReturnReason.Other"/>.</summary>
    public static bool IsMappedReason(string code) => Reasons.ContainsKey(code);

    /// <summary>
    /// The disposition an RDR01 code asks for, or null for the codes that speak of the authorization, not of the goods
    /// (RA / RN with or without authorization number, PA partially authorized, RD request denied, CR consumer return to
    /// vendor, SC charity): then inspection decides.
    /// </summary>
    public static ReturnDisposition? DispositionOf(string code) => Dispositions.TryGetValue(code, out var disposition) ? disposition : null;

    /// <summary>The RDR02 code written for a reason in the advice, or null when no code says it (refused, undeliverable, other).</summary>
    public static string? CodeOf(ReturnReason reason) => reason switch
    {
        ReturnReason.Damaged => "DA",
        ReturnReason.WrongItem => "WG",
        ReturnReason.Unsold => "EI",
        ReturnReason.Expired => "BC",
        _ => null,
    };

    /// <summary>The RDR01 code written for a disposition in the advice.</summary>
    public static string CodeOf(ReturnDisposition disposition) => disposition switch
    {
        ReturnDisposition.Restock => "KA",
        ReturnDisposition.Hold => "RP",
        ReturnDisposition.ReturnToSupplier => "RT",
        ReturnDisposition.Scrap => "DI",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition), disposition, "Not a disposition."),
    };
}
