using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12;

namespace Logistics.Edi.Outbound;

/// <summary>Picks the mapper for an order transaction set by its ST01, and says what the order intake takes.</summary>
public static class X12OrderMapper
{
    /// <summary>Transaction sets this warehouse accepts as outbound orders.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["940"];

    /// <summary>The functional group (GS01) each supported set travels in: 940 in OW.</summary>
    public static IReadOnlyDictionary<string, string> FunctionalGroups { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["940"] = "OW",
    };

    /// <summary>What the order intake takes: 940 in OW groups, mapped by <see cref="Map"/>.</summary>
    public static InboundX12Profile<OutboundOrderDocument> Profile { get; } = new(FunctionalGroups, Map);

    /// <summary>Maps a 940; returns <c>null</c> for any other set (the 997 then says "not supported").</summary>
    public static X12OrderMappingResult? Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.IdCode == "940" ? Order940Mapper.Map(set) : null;
    }
}
