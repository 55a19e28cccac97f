using Logistics.Domain.Common;

namespace Logistics.Domain.ValueAdded;

/// <summary>The owner's number for a value-added job; with the owner id it identifies the job once and for all.</summary>
/// <remarks>
/// No '/' is allowed because the number becomes part of movement ids and orchestration instance ids; and because a kit's
/// output lot is the job number, every job number is also a valid <see cref="Items.LotNumber"/>.
/// </remarks>
public sealed record JobNumber
{
    /// <summary>Longest accepted number (the longest lot number, since a kit's lot is its job number).</summary>
    public const int MaxLength = 30;

    private JobNumber(string value) => Value = value;

    /// <summary>The number as sent, trimmed.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps a job number.</summary>
    /// <exception cref="DomainException">The number is blank, too long or has forbidden characters.</exception>
    public static JobNumber Parse(string? value)
    {
        var text = Guard.MaxLength(Guard.NotBlank(value, "Job number"), MaxLength, "Job number");
        return new JobNumber(Guard.CodeCharacters(text, "Job number", "-_."));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
