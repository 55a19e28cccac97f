using Logistics.Domain.Common;

namespace Logistics.Domain.Owners;

/// <summary>Identifies a publisher (goods owner), for example <c>demo-publisher</c>.</summary>
/// <remarks>
/// Lowercase letters, digits and single inner hyphens only: the id becomes a partition key, a blob folder
/// and part of URLs, so it must need no escaping and compare the same everywhere.
/// </remarks>
public sealed record OwnerId
{
    private const int MaxLength = 64;

    private OwnerId(string value) => Value = value;

    /// <summary>The canonical text form.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps <paramref name="value"/>.</summary>
    /// <exception cref="DomainException">The value is blank, too long or has forbidden characters.</exception>
    public static OwnerId Parse(string? value)
    {
        var text = Guard.MaxLength(Guard.NotBlank(value, "Owner id"), MaxLength, "Owner id");
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                throw new DomainException(
                    $"Owner id '{text}' contains '{c}'; use lowercase letters, digits and hyphens.");
            }
        }

        if (text.StartsWith('-') || text.EndsWith('-') || text.Contains("--", StringComparison.Ordinal))
        {
            throw new DomainException($"Owner id '{text}' must not start or end with a hyphen or repeat hyphens.");
        }

        return new OwnerId(text);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
