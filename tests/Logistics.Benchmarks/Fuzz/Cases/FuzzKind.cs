namespace Logistics.Benchmarks.Fuzz;

/// <summary>Which valid notice a fuzz case starts from.</summary>
internal enum FuzzKind
{
    /// <summary>An X12 943 interchange.</summary>
    X12943,

    /// <summary>An X12 856 interchange.</summary>
    X12856,

    /// <summary>A JSON notice.</summary>
    Json,
}
