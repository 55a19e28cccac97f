using System.Globalization;

namespace Logistics.Edi.Tests;

/// <summary>Builds interchanges with correct envelopes from body segments ('*' elements, '~' terminators, a newline after each).</summary>
internal static class X12Texts
{
    /// <summary>An interchange from DEMOPUB to LOGISTICS3PL in <paramref name="version"/> (004010 or 005010) holding <paramref name="groups"/>.</summary>
    public static string Interchange(string version, params string[][] groups)
    {
        var isa12 = version[..5];
        var isa11 = string.CompareOrdinal(isa12, "00402") >= 0 ? "^" : "U";
        var lines = new List<string> { $"ISA*00*          *00*          *ZZ*{"DEMOPUB",-15}*ZZ*{"LOGISTICS3PL",-15}*260115*0930*{isa11}*{isa12}*000000101*0*P*>" };
        foreach (var group in groups)
        {
            lines.AddRange(group.Select(s => s.Replace("{version}", version, StringComparison.Ordinal)));
        }

        lines.Add($"IEA*{groups.Length.ToString(CultureInfo.InvariantCulture)}*000000101");
        return string.Join("~\n", lines) + "~\n";
    }

    /// <summary>A GS…GE group of <paramref name="sets"/>.</summary>
    public static string[] Group(string functionalId, string controlNumber, params string[][] sets) =>
        [$"GS*{functionalId}*DEMOPUB*LOGISTICS3PL*20260115*0930*{controlNumber}*X*{{version}}", .. sets.SelectMany(s => s), $"GE*{sets.Length.ToString(CultureInfo.InvariantCulture)}*{controlNumber}"];

    /// <summary>An ST…SE set with a correct SE01.</summary>
    public static string[] Set(string id, string controlNumber, params string[] body) =>
        [$"ST*{id}*{controlNumber}", .. body, $"SE*{(body.Length + 2).ToString(CultureInfo.InvariantCulture)}*{controlNumber}"];
}
