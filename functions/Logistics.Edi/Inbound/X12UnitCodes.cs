using Logistics.Domain.Items;

namespace Logistics.Edi.Inbound;

/// <summary>Unit of measure codes (X12 element 355) this warehouse accepts.</summary>
/// <remarks>CA is the standard code for case; CS is accepted too because many publishers' systems send it.</remarks>
public static class X12UnitCodes
{
    /// <summary>Accepted codes.</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["EA", "CA", "CS"];

    /// <summary>Maps an accepted code to a unit.</summary>
    public static UnitOfMeasure ToUnit(string code) => code == "EA" ? UnitOfMeasure.Each : UnitOfMeasure.Case;

    /// <summary>The code written for a unit.</summary>
    public static string ToCode(UnitOfMeasure unit) => unit == UnitOfMeasure.Each ? "EA" : "CA";
}
