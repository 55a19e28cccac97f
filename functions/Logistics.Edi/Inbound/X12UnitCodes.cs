using Logistics.Domain.Items;

namespace Logistics.Edi.Inbound;

/// <summary>Unit of measure codes (X12 element 355) this warehouse accepts.</summary>
/// <remarks>
/// CA is the standard code for case; CS and CT (carton) are accepted as cases too because many publishers' systems send
/// them. A case is converted to eaches with the item's case quantity.
/// </remarks>
public static class X12UnitCodes
{
    /// <summary>Accepted codes.</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["EA", "CA", "CS", "CT"];

    /// <summary>Maps an accepted code to a unit.</summary>
    public static UnitOfMeasure ToUnit(string code) => code == "EA" ? UnitOfMeasure.Each : UnitOfMeasure.Case;

    /// <summary>The code written for a unit.</summary>
    public static string ToCode(UnitOfMeasure unit) => unit == UnitOfMeasure.Each ? "EA" : "CA";
}
