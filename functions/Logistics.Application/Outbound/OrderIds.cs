using Logistics.Application.Common;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;

namespace Logistics.Application.Outbound;

/// <summary>
/// Order and orchestration ids, derived from (owner, order number) so the same order posted twice maps to the same
/// document and the same orchestration instance.
/// </summary>
public static class OrderIds
{
    private const string InstancePrefix = "outbound~";

    /// <summary>The order id, for example <c>acme~SO-1001</c>.</summary>
    public static string For(OwnerId owner, OrderNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return OwnedIds.Of(owner, number.Value);
    }

    /// <summary>The orchestration instance id of an order.</summary>
    public static string InstanceOf(string orderId) => InstancePrefix + orderId;

    /// <summary>The order id of an outbound orchestration instance id; false for any other instance.</summary>
    public static bool TryParseInstance(string? instanceId, out string orderId) =>
        OwnedIds.TryParseInstance(instanceId, InstancePrefix, id => TryParse(id, out _, out _), out orderId);

    /// <summary>Splits an order id; false when it is not one.</summary>
    public static bool TryParse(string? orderId, out OwnerId? owner, out OrderNumber? number) =>
        OwnedIds.TryParse(orderId, OrderNumber.Parse, out owner, out number);
}
