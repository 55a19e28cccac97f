using Logistics.Domain.Inbound;
using Logistics.Domain.Owners;

namespace Logistics.Application.Inbound;

/// <summary>
/// Notice and orchestration ids, derived from (owner, notice number) so the same notice posted twice maps to the same
/// document (create conflict) and the same orchestration instance.
/// </summary>
/// <remarks>'~' appears in neither an owner id nor a notice number, so the id splits back unambiguously.</remarks>
public static class NoticeIds
{
    /// <summary>The notice id, for example <c>acme~ASN-1001</c>.</summary>
    public static string For(OwnerId owner, NoticeNumber number)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(number);
        return $"{owner.Value}~{number.Value}";
    }

    private const string InstancePrefix = "inbound~";

    /// <summary>The orchestration instance id of a notice.</summary>
    public static string InstanceOf(string noticeId) => InstancePrefix + noticeId;

    /// <summary>The notice id of an inbound orchestration instance id; false for any other instance.</summary>
    public static bool TryParseInstance(string? instanceId, out string noticeId)
    {
        noticeId = string.Empty;
        if (instanceId is null || !instanceId.StartsWith(InstancePrefix, StringComparison.Ordinal) || !TryParse(instanceId[InstancePrefix.Length..], out _, out _))
        {
            return false;
        }

        noticeId = instanceId[InstancePrefix.Length..];
        return true;
    }

    /// <summary>Splits a notice id; false when it is not one.</summary>
    public static bool TryParse(string? noticeId, out OwnerId? owner, out NoticeNumber? number)
    {
        owner = null;
        number = null;
        var at = noticeId?.IndexOf('~', StringComparison.Ordinal) ?? -1;
        if (at <= 0)
        {
            return false;
        }

        try
        {
            owner = OwnerId.Parse(noticeId![..at]);
            number = NoticeNumber.Parse(noticeId[(at + 1)..]);
            return true;
        }
        catch (Domain.Common.DomainException)
        {
            owner = null;
            return false;
        }
    }
}
