using Logistics.Domain.Common;

namespace Logistics.Domain.Returns;

/// <summary>
/// The number of a return: the owner's return authorization number, or ours (<c>FD-{shipment}</c>) for a failed delivery;
/// with the owner it identifies the return once and for all.
/// </summary>
/// <remarks>
/// No '/' is allowed because the number becomes part of movement ids and orchestration instance ids. An owner's number
/// is at most 30 characters (the intake checks that); ours for a failed delivery may be longer, up to <see cref="MaxLength"/>.
/// </remarks>
public sealed record ReturnNumber
{
    /// <summary>Longest number: an order number of 30 characters, its shipment suffix and the failed-delivery prefix.</summary>
    public const int MaxLength = 40;

    /// <summary>The prefix of the returns this center opens for failed deliveries.</summary>
    public const string FailedDeliveryPrefix = "FD-";

    private ReturnNumber(string value) => Value = value;

    /// <summary>The number, trimmed.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps a return number.</summary>
    /// <exception cref="DomainException">The number is blank, too long or has forbidden characters.</exception>
    public static ReturnNumber Parse(string? value)
    {
        var text = Guard.MaxLength(Guard.NotBlank(value, "Return number"), MaxLength, "Return number");
        return new ReturnNumber(Guard.CodeCharacters(text, "Return number", "-_."));
    }

    /// <summary>The number of the return a failed delivery of <paramref name="shipmentId"/> opens.</summary>
    public static ReturnNumber ForFailedDelivery(string shipmentId) => Parse(FailedDeliveryPrefix + shipmentId);

    /// <inheritdoc />
    public override string ToString() => Value;
}
