using Logistics.Application.Common;
using Logistics.Domain.Inbound;
using Logistics.Domain.Owners;

namespace Logistics.Application.Inbound;

/// <summary>
/// Notice and orchestration ids, derived from (owner, notice number) so the same notice posted twice maps to the same
/// document (create conflict) and the same orchestration instance.
/// </summary>
public static class NoticeIds
{
    private const string InstancePrefix = "inbound~";

    /// <summary>The notice id, for example <c>acme~ASN-1001</c>.</summary>
    public static string For(OwnerId owner, NoticeNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return OwnedIds.Of(owner, number.Value);
    }

    /// <summary>The orchestration instance id of a notice.</summary>
    public static string InstanceOf(string noticeId) => InstancePrefix + noticeId;

    /// <summary>The notice id of an inbound orchestration instance id; false for any other instance.</summary>
    public static bool TryParseInstance(string? instanceId, out string noticeId) =>
        OwnedIds.TryParseInstance(instanceId, InstancePrefix, id => TryParse(id, out _, out _), out noticeId);

    /// <summary>Splits a notice id; false when it is not one.</summary>
    public static bool TryParse(string? noticeId, out OwnerId? owner, out NoticeNumber? number) =>
        OwnedIds.TryParse(noticeId, NoticeNumber.Parse, out owner, out number);
}
