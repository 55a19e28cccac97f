using Logistics.Domain.Common;

namespace Logistics.Domain.Inbound;

/// <summary>The owner's number for an inbound notice; with the owner id it identifies the notice once and for all.</summary>
/// <remarks>No '/' is allowed because the number becomes part of movement ids and orchestration instance ids.</remarks>
public sealed record NoticeNumber
{
    /// <summary>Longest accepted number (X12 shipment identification, element 145, allows 30).</summary>
    public const int MaxLength = 30;

    private NoticeNumber(string value) => Value = value;

    /// <summary>The number as sent, trimmed.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps a notice number.</summary>
    /// <exception cref="DomainException">The number is blank, too long or has forbidden characters.</exception>
    public static NoticeNumber Parse(string? value)
    {
        var text = Guard.MaxLength(Guard.NotBlank(value, "Notice number"), MaxLength, "Notice number");
        return new NoticeNumber(Guard.CodeCharacters(text, "Notice number", "-_."));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
