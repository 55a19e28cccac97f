using Logistics.Domain.Common;

namespace Logistics.Domain.Outbound;

/// <summary>The owner's number for an outbound order; with the owner id it identifies the order once and for all.</summary>
/// <remarks>No '/' is allowed because the number becomes part of movement ids and orchestration instance ids.</remarks>
public sealed record OrderNumber
{
    /// <summary>Longest accepted number (940 W0502, element 285, allows 22; JSON allows as many as a notice number).</summary>
    public const int MaxLength = 30;

    private OrderNumber(string value) => Value = value;

    /// <summary>The number as sent, trimmed.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps an order number.</summary>
    /// <exception cref="DomainException">The number is blank, too long or has forbidden characters.</exception>
    public static OrderNumber Parse(string? value)
    {
        var text = Guard.MaxLength(Guard.NotBlank(value, "Order number"), MaxLength, "Order number");
        return new OrderNumber(Guard.CodeCharacters(text, "Order number", "-_."));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
