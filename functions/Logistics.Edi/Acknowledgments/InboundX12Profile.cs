using Logistics.Edi.X12;

namespace Logistics.Edi.Acknowledgments;

/// <summary>
/// What one intake takes from an interchange: the transaction sets it maps, the functional group (GS01) each of them
/// travels in, and the mapper. The notice intake takes 943/856 (<c>X12NoticeMapper.Profile</c>), the order intake 940
/// (<c>X12OrderMapper.Profile</c>); a set or group the profile does not name is answered "not supported".
/// </summary>
/// <typeparam name="TDocument">The document a sound set becomes.</typeparam>
public sealed class InboundX12Profile<TDocument>
    where TDocument : class
{
    private readonly Func<X12TransactionSet, IX12MappingResult<TDocument>?> _map;

    /// <summary>A profile taking the sets of <paramref name="functionalGroups"/>, mapped by <paramref name="map"/>.</summary>
    /// <param name="functionalGroups">ST01 → the GS01 it must travel in, e.g. 940 → OW.</param>
    /// <param name="map">Maps a set, or returns <c>null</c> for a set it does not know (AK5 code 1).</param>
    public InboundX12Profile(IReadOnlyDictionary<string, string> functionalGroups, Func<X12TransactionSet, IX12MappingResult<TDocument>?> map)
    {
        ArgumentNullException.ThrowIfNull(functionalGroups);
        if (functionalGroups.Count == 0)
        {
            throw new ArgumentException("A profile takes at least one transaction set.", nameof(functionalGroups));
        }

        FunctionalGroups = functionalGroups;
        _map = map ?? throw new ArgumentNullException(nameof(map));
    }

    /// <summary>ST01 → GS01: the sets this intake takes and the functional group each travels in.</summary>
    public IReadOnlyDictionary<string, string> FunctionalGroups { get; }

    /// <summary>How to send, for people: "943s in AR groups and 856s in SH groups".</summary>
    public string Routing => string.Join(" and ", FunctionalGroups.Select(p => $"{p.Key}s in {p.Value} groups"));

    /// <summary>Maps <paramref name="set"/>, or returns <c>null</c> when this profile does not take its ST01.</summary>
    public IX12MappingResult<TDocument>? Map(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return FunctionalGroups.ContainsKey(set.IdCode) ? _map(set) : null;
    }
}
