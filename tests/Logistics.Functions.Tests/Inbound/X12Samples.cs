using System.Globalization;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>Builds test interchanges: ISA/GS/ST around the given body segments, with correct counts unless told otherwise.</summary>
internal static class X12Samples
{
    /// <summary>A 943 interchange from <paramref name="sender"/> with <paramref name="body"/> between ST and SE.</summary>
    public static string Interchange(string sender, IEnumerable<string> body, int? segmentCountOverride = null, string setId = "943")
    {
        var segments = body.ToList();
        var count = segmentCountOverride ?? segments.Count + 2;
        var isa = $"ISA*00*          *00*          *ZZ*{sender,-15}*ZZ*{"LOGISTICSWH",-15}*261121*0800*U*00401*000000201*0*T*>~";
        var lines = new List<string>
        {
            isa,
            $"GS*AR*{sender}*LOGISTICSWH*20261121*0800*201*X*004010~",
            $"ST*{setId}*0001~",
        };
        lines.AddRange(segments.Select(s => s + "~"));
        lines.Add($"SE*{count.ToString(CultureInfo.InvariantCulture)}*0001~");
        lines.Add("GE*1*201~");
        lines.Add("IEA*1*000000201~");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The scenario's 943: three lines, one lot-controlled, one announced in cases.</summary>
    public static string Acme943(string noticeNumber = "ASN-1001") => Interchange("ACME",
    [
        $"W06*N*{noticeNumber}*20261121*SHP-1001",
        "N1*SF*Acme Print Plant",
        "W27*M*ABCD",
        "G62*17*20261122",
        "W04*24*EA**SK*BOOK-001",
        "N9*LT*LOT-A1",
        "W04*2*CA**SK*BOOK-002",
        "W04*10*EA**SK*DVD-003",
    ]);
}
