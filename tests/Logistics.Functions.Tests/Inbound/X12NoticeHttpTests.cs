using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>Partners' X12 over HTTP, through the real host: the shapes publishers send, and what the answer's envelope says.</summary>
public sealed class X12NoticeHttpTests(InboundHostFixture fixture) : IClassFixture<InboundHostFixture>
{
    private static string Interchange(string body, string isa14 = "0", string usage = "T", string version = "004010", string groupId = "AR")
    {
        var isa = $"ISA*00*          *00*          *ZZ*{"ACME",-15}*ZZ*{"LOGISTICSWH",-15}*261121*0800*{(version == "005010" ? "^" : "U")}*{version[..5]}*000000301*{isa14}*{usage}*>";
        return $"{isa}~\nGS*{groupId}*ACME*LOGISTICSWH*20261121*0800*301*X*{version}~\n{body}GE*1*301~\nIEA*1*000000301~\n";
    }

    private static string Set943(params string[] body) =>
        $"ST*943*0001~\n{string.Concat(body.Select(s => s + "~\n"))}SE*{body.Length + 2}*0001~\n";

    [Fact]
    public async Task A_943_naming_items_by_EAN_and_VN_with_N9_LI_is_taken_and_its_lines_carry_the_SKUs()
    {
        var host = fixture.Host;
        var x12 = Interchange(Set943(
            "W06*N*PO-HTTP-1*20261121*SHP-1",
            "N1*SF*Acme Print Plant",
            "N3*1 Main St",
            "W27*M*ABCD",
            "G62*17*20261122",
            "W04*24*EA**EN*9780306406157",
            "N9*LI*10",
            "N9*LT*LOT-A1",
            "W04*2*CA**VN*BOOK-002",
            "N9*LI*20",
            "W04*10*EA**EN*4006381333931*VN*DVD-003",
            "N9*LI*30",
            "W03*36"), version: "005010");

        using var response = await host.PostX12Async(host.Keys.PublisherA, x12);
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("AK1*AR*301*005010", answer, StringComparison.Ordinal);
        Assert.Contains("AK5*A", answer, StringComparison.Ordinal);
        Assert.EndsWith("/api/notices/acme~PO-HTTP-1", Uri.UnescapeDataString(response.Headers.Location!.ToString()), StringComparison.Ordinal);
        var notice = await host.OkAsync(HttpMethod.Get, "/api/notices/acme~PO-HTTP-1", host.Keys.PublisherA);
        Assert.Equal(
            [(10, "BOOK-001", 24), (20, "BOOK-002", 20), (30, "DVD-003", 10)],
            notice.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("lineNumber").GetInt32(), l.GetProperty("item").GetString(), l.GetProperty("expected").GetInt32())));
    }

    [Fact]
    public async Task ISA14_1_gets_a_TA1_and_the_answer_keeps_the_test_flag()
    {
        var host = fixture.Host;
        var x12 = Interchange(Set943("W06*N*PO-HTTP-2*20261121", "W04*1*EA**SK*DVD-003"), isa14: "1", usage: "T");

        using var response = await host.PostX12Async(host.Keys.PublisherA, x12);
        var segments = (await response.Content.ReadAsStringAsync()).Split('~', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("*0*T*:", segments[0], StringComparison.Ordinal);
        Assert.Equal("TA1*000000301*261121*0800*A*000", segments[1]);
    }

    [Fact]
    public async Task A_received_997_gets_an_empty_answer_and_changes_nothing()
    {
        var host = fixture.Host;
        var before = await host.SnapshotAsync();
        var x12 = Interchange("ST*997*0001~\nAK1*RE*12~\nAK2*944*0001~\nAK5*A~\nAK9*A*1*1*1~\nSE*6*0001~\n", isa14: "1", groupId: "FA");

        using var response = await host.PostX12Async(host.Keys.PublisherA, x12);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task A_number_already_taken_by_other_content_is_refused_by_a_997_at_W0602_not_by_a_409()
    {
        var host = fixture.Host;
        using (var first = await host.PostX12Async(host.Keys.PublisherA, Interchange(Set943("W06*N*PO-HTTP-3*20261121", "W04*1*EA**SK*DVD-003"))))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        var before = await host.SnapshotAsync();
        using var response = await host.PostX12Async(host.Keys.PublisherA, Interchange(Set943("W06*N*PO-HTTP-3*20261121", "W04*2*EA**SK*DVD-003")));
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("~AK3*W06*2**8~AK4*2*285*7*PO-HTTP-3~AK5*R*5~", answer, StringComparison.Ordinal);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused_in_a_notice_and_in_any_other_JSON_body_alike()
    {
        var host = fixture.Host;
        var notice = """{"noticeNumber":"J-STR","type":"stockTransfer","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"DVD-003","quantity":"5","unit":"EA"}]}""";
        using var posted = await host.Client.SendAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, notice);
        using var item = await host.Client.SendAsync(HttpMethod.Put, "/api/items/STR-1", host.Keys.PublisherA, """{"description":"Boxed","packUnit":"case","caseQuantity":"10"}""");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("/lines/0/quantity", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, item.StatusCode);
        Assert.Contains("caseQuantity", await item.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
