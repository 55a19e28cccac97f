using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12;

namespace Logistics.Edi.Returns;

/// <summary>Picks the mapper for a return transaction set by its ST01, and says what the return intake takes.</summary>
public static class X12ReturnMapper
{
    /// <summary>Transaction sets this warehouse accepts as return notices.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["180"];

    /// <summary>The functional group (GS01) each supported set travels in: 180 in AN (Return Merchandise Authorization and Notification).</summary>
    public static IReadOnlyDictionary<string, string> FunctionalGroups { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["180"] = "AN",
    };

    /// <summary>What the return intake takes: 180 in AN groups, mapped by <see cref="Map"/>.</summary>
    public static InboundX12Profile<ReturnNoticeDocument> Profile { get; } = new(FunctionalGroups, Map);

    /// <summary>Maps a 180; returns <c>null</c> for any other set (the 997 then says "not supported").</summary>
    public static X12ReturnMappingResult? Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.IdCode == "180" ? Return180Mapper.Map(set) : null;
    }
}
