namespace Logistics.Edi.X12;

/// <summary>Which X12 release a version string (ISA12 or GS08) names, for the conventions that changed between releases.</summary>
public static class X12Versions
{
    /// <summary>
    /// True for 005010 and later. GS08 is compared on its first six characters, so an industry suffix
    /// (<c>005010VICS</c>, <c>004010UCS</c>) does not matter; ISA12 (<c>00501</c>) is widened to the same form.
    /// </summary>
    public static bool IsAtLeast5010(string? version)
    {
        if (version is null || version.Length < 5 || version.AsSpan(0, 5).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var release = version.Length >= 6 && char.IsAsciiDigit(version[5]) ? version[..6] : version[..5] + "0";
        return string.CompareOrdinal(release, "005010") >= 0;
    }
}
