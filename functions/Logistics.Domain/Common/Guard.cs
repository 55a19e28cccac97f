namespace Logistics.Domain.Common;

/// <summary>Small checks shared by value objects so their messages read the same everywhere.</summary>
internal static class Guard
{
    public static string NotBlank(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"{what} is required.");
        }

        return value.Trim();
    }

    public static string MaxLength(string value, int max, string what)
    {
        if (value.Length > max)
        {
            throw new DomainException($"{what} '{value}' is longer than {max} characters.");
        }

        return value;
    }

    /// <summary>Codes travel through X12 and URLs, so only a conservative character set is allowed.</summary>
    public static string CodeCharacters(string value, string what, string extraAllowed)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !extraAllowed.Contains(c, StringComparison.Ordinal))
            {
                throw new DomainException(
                    $"{what} '{value}' contains '{c}'; only letters, digits and '{extraAllowed}' are allowed.");
            }
        }

        return value;
    }
}
