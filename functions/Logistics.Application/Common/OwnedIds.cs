using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Application.Common;

/// <summary>
/// Ids of an owner's business documents (notices, orders): <c>{owner}~{number}</c>, and their orchestration instance ids
/// <c>{kind}~{owner}~{number}</c>.
/// </summary>
/// <remarks>'~' appears in neither an owner id nor a document number, so an id splits back unambiguously.</remarks>
public static class OwnedIds
{
    /// <summary>The id of <paramref name="number"/> of <paramref name="owner"/>.</summary>
    public static string Of(OwnerId owner, string number)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return $"{owner.Value}~{number}";
    }

    /// <summary>Splits an id with <paramref name="parseNumber"/> (which throws a <see cref="DomainException"/> for a bad number); false when it is not one.</summary>
    public static bool TryParse<TNumber>(string? id, Func<string, TNumber> parseNumber, out OwnerId? owner, out TNumber? number)
        where TNumber : class
    {
        ArgumentNullException.ThrowIfNull(parseNumber);
        owner = null;
        number = null;
        var at = id?.IndexOf('~', StringComparison.Ordinal) ?? -1;
        if (at <= 0)
        {
            return false;
        }

        try
        {
            number = parseNumber(id![(at + 1)..]);
            owner = OwnerId.Parse(id[..at]);
            return true;
        }
        catch (DomainException)
        {
            number = null;
            return false;
        }
    }

    /// <summary>The document id of an instance id with <paramref name="prefix"/>; false for any other instance.</summary>
    public static bool TryParseInstance(string? instanceId, string prefix, Func<string, bool> isId, out string id)
    {
        ArgumentNullException.ThrowIfNull(isId);
        id = string.Empty;
        if (instanceId is null || !instanceId.StartsWith(prefix, StringComparison.Ordinal) || !isId(instanceId[prefix.Length..]))
        {
            return false;
        }

        id = instanceId[prefix.Length..];
        return true;
    }
}
