using Logistics.Application.Common;
using Logistics.Domain.Owners;
using Logistics.Domain.Returns;

namespace Logistics.Application.Returns;

/// <summary>Return and orchestration ids, derived from (owner, return number): a repost finds its return and its instance.</summary>
public static class ReturnIds
{
    /// <summary>The instance id prefix of return orchestrations.</summary>
    public const string InstancePrefix = "return~";

    /// <summary>The return id, for example <c>acme~RMA-1001</c>.</summary>
    public static string For(OwnerId owner, ReturnNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return OwnedIds.Of(owner, number.Value);
    }

    /// <summary>The orchestration instance id of a return.</summary>
    public static string InstanceOf(string returnId) => InstancePrefix + returnId;

    /// <summary>The return id of a return orchestration instance id; false for any other instance.</summary>
    public static bool TryParseInstance(string? instanceId, out string returnId) =>
        OwnedIds.TryParseInstance(instanceId, InstancePrefix, id => TryParse(id, out _, out _), out returnId);

    /// <summary>Splits a return id; false when it is not one.</summary>
    public static bool TryParse(string? returnId, out OwnerId? owner, out ReturnNumber? number) =>
        OwnedIds.TryParse(returnId, ReturnNumber.Parse, out owner, out number);
}
