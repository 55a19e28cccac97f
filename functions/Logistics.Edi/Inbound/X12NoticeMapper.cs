using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inbound;

/// <summary>Picks the mapper for a transaction set by its ST01.</summary>
public static class X12NoticeMapper
{
    /// <summary>Transaction sets this warehouse accepts as inbound notices.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["943", "856"];

    /// <summary>The functional group (GS01) each supported set travels in: 943 in AR, 856 in SH.</summary>
    public static IReadOnlyDictionary<string, string> FunctionalGroups { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["943"] = "AR",
        ["856"] = "SH",
    };

    /// <summary>What the notice intake takes: 943 in AR groups, 856 in SH groups, mapped by <see cref="Map"/>.</summary>
    public static InboundX12Profile<InboundNoticeDocument> Profile { get; } = new(FunctionalGroups, Map);

    /// <summary>Maps a 943 or 856; returns <c>null</c> for any other set (the 997 then says "not supported").</summary>
    public static X12MappingResult? Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.IdCode switch
        {
            "943" => Notice943Mapper.Map(set),
            "856" => Notice856Mapper.Map(set),
            _ => null,
        };
    }
}
