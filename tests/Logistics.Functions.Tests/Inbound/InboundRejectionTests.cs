using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>Malformed or invalid notices get a 997 or problem details naming the fault, and change nothing (invariant 6).</summary>
public sealed class InboundRejectionTests(InboundHostFixture fixture) : IClassFixture<InboundHostFixture>
{
    private static readonly string[] Heading = ["W06*N*PO-9*20261121*ASN-BAD", "W27*M*ABCD", "G62*17*20261122"];

    public static TheoryData<string, string[], int?, string> BadX12 => new()
    {
        { "wrong segment count", ["W04*24*EA**SK*BOOK-002"], 99, "AK5*R*4" },
        { "unknown qualifier", ["W04*24*EA**ZZ*BOOK-002"], null, "AK4*4*235*7*ZZ" },
        { "missing lot for a lot-controlled item", ["W04*24*EA**SK*BOOK-001"], null, "AK3*N9*5**3" },
        { "negative quantity", ["W04*-5*EA**SK*BOOK-002"], null, "AK4*1*382*6" },
        { "another publisher's item", ["W04*5*EA**SK*GLX-1"], null, "AK4*5*234*7*GLX-1" },
        { "cases of an item packed as eaches", ["W04*5*CA**SK*DVD-003"], null, "AK4*2*355*7*CA" },
    };

    public static TheoryData<string, string, string> BadJson => new()
    {
        { "negative quantity", """{"sku":"BOOK-002","quantity":-5,"unit":"EA"}""", "/lines/0/quantity" },
        { "missing lot for a lot-controlled item", """{"sku":"BOOK-001","quantity":5,"unit":"EA"}""", "/lines/0/lot" },
        { "another publisher's item", """{"sku":"GLX-1","quantity":5,"unit":"EA"}""", "/lines/0/sku" },
        { "unknown unit", """{"sku":"BOOK-002","quantity":5,"unit":"KG"}""", "/lines/0/unit" },
    };

    [Theory]
    [MemberData(nameof(BadX12))]
    public async Task An_invalid_943_is_rejected_by_a_997_naming_the_fault_and_changes_nothing(string fault, string[] lines, int? segmentCount, string expected)
    {
        var host = fixture.Host;
        var before = await host.SnapshotAsync();
        using var response = await host.PostX12Async(host.Keys.PublisherA, X12Samples.Interchange("ACME", [.. Heading, .. lines], segmentCount));
        var ack = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/edi-x12", response.Content.Headers.ContentType?.MediaType);
        Assert.True(ack.Contains(expected, StringComparison.Ordinal), $"{fault}: expected {expected} in {ack}");
        Assert.Contains("AK9*R", ack, StringComparison.Ordinal);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task An_unreadable_ISA_is_answered_with_problem_details_and_changes_nothing()
    {
        var host = fixture.Host;
        var before = await host.SnapshotAsync();
        using var response = await host.PostX12Async(host.Keys.PublisherA, "ISA*00*short*ZZ*ACME~GS*AR*ACME~");
        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:logistics:problem:validation", problem.GetProperty("type").GetString());
        Assert.Contains("ISA", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(BadJson))]
    public async Task An_invalid_JSON_notice_gets_problem_details_naming_the_member_and_changes_nothing(string fault, string line, string pointer)
    {
        var host = fixture.Host;
        var before = await host.SnapshotAsync();
        var json = $$"""{"noticeNumber":"J-BAD","type":"stockTransfer","expectedDate":"2026-11-22","lines":[{"lineNumber":1,{{line[1..]}}]}""";
        using var response = await host.Client.SendAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, json);
        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var pointers = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()).ToList();
        Assert.True(pointers.Contains(pointer), $"{fault}: expected {pointer} in {problem}");
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task A_notice_in_another_media_type_is_refused_with_415()
    {
        var host = fixture.Host;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notices") { Content = new StringContent("hello") };
        request.Headers.Add("X-Api-Key", host.Keys.PublisherA);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_JSON_notice_is_accepted_with_status_links_and_a_second_post_starts_nothing()
    {
        var host = fixture.Host;
        var json = """{"noticeNumber":"J-OK","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":3,"unit":"CA"}]}""";
        var first = await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, json);
        Assert.True(first.GetProperty("isNew").GetBoolean());
        Assert.Equal("acme~J-OK", first.GetProperty("noticeId").GetString());
        Assert.Equal("inbound~acme~J-OK", first.GetProperty("id").GetString());
        Assert.EndsWith("/api/notices/acme~J-OK", Uri.UnescapeDataString(first.GetProperty("noticeUri").GetString()!), StringComparison.Ordinal);
        var status = first.GetProperty("statusQueryGetUri").GetString()!;
        Assert.EndsWith("/api/notices/acme~J-OK/status", Uri.UnescapeDataString(status), StringComparison.Ordinal);
        foreach (var opsOnly in new[] { "sendEventPostUri", "terminatePostUri", "suspendPostUri", "resumePostUri", "rewindPostUri", "purgeHistoryDeleteUri" })
        {
            Assert.False(first.TryGetProperty(opsOnly, out _), $"a publisher was handed {opsOnly}");
        }

        await host.WaitForNoticeAsync("acme~J-OK", n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");

        // The status link works as handed out: the publisher follows it to its running instance, as Durable's status query answers.
        using (var followed = await host.Client.SendAsync(HttpMethod.Get, status, host.Keys.PublisherA))
        {
            Assert.Equal(HttpStatusCode.Accepted, followed.StatusCode);
            Assert.NotNull(followed.Headers.RetryAfter);
            Assert.Equal(status, followed.Headers.Location?.ToString());
            var instance = await followed.JsonAsync();
            Assert.Equal("inbound~acme~J-OK", instance.GetProperty("instanceId").GetString());
            Assert.Equal("Running", instance.GetProperty("runtimeStatus").GetString());
            Assert.Equal("AwaitingArrival", instance.GetProperty("customStatus").GetProperty("stage").GetString());
        }

        var before = await host.SnapshotAsync();
        var second = await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, json);
        Assert.False(second.GetProperty("isNew").GetBoolean());
        Assert.Equal(before, await host.SnapshotAsync());
        var notice = await host.OkAsync(HttpMethod.Get, "/api/notices/acme~J-OK", host.Keys.PublisherA);
        Assert.Equal(30, notice.GetProperty("lines")[0].GetProperty("expected").GetInt32());
        var pendingIn = await host.OkAsync(HttpMethod.Get, "/api/inventory?sku=BOOK-002&status=PendingIn", host.Keys.PublisherA);
        Assert.Equal(30, pendingIn.EnumerateArray().Sum(b => b.GetProperty("quantity").GetInt64()));
        Assert.Equal(JsonValueKind.Array, (await host.OkAsync(HttpMethod.Get, "/api/notices?status=AwaitingArrival", host.Keys.PublisherA)).GetProperty("notices").ValueKind);
    }
}
