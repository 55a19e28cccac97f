using System.Net;
using System.Text;
using System.Text.Json;
using Logistics.Application.Audit;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Storage.Documents;

namespace Logistics.Functions.Tests.Audit;

/// <summary>
/// The audit log over HTTP: every successful manual write is recorded once with who, which key, when, what was asked and
/// the state before and after; reads, refused writes and partners' documents are not; secrets never reach it; and
/// nothing can change an entry.
/// </summary>
public sealed class AuditLogTests
{
    private const string Cards = $"/api/ops/billing/rate-cards/{TestKeys.PublisherAId}/2026-12-01";
    private const string Card = """{"currency":"EUR","rates":[{"service":"picking","basis":"unit","price":0.3}]}""";
    private const string FixedCard = """{"currency":"EUR","rates":[{"service":"picking","basis":"unit","price":0.25}]}""";

    [Fact]
    public async Task A_replaced_rate_card_is_recorded_with_operator_key_time_request_and_the_card_before_and_after()
    {
        await using var host = await InboundHost.StartAsync();
        using var created = await SendAsync(host, HttpMethod.Put, Cards, host.Keys.Ops, Card, "j.doe");
        host.Time.Advance(TimeSpan.FromMinutes(5));
        using var replaced = await SendAsync(host, HttpMethod.Put, Cards, host.Keys.Ops, FixedCard, "j.doe");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, replaced.StatusCode));

        var entries = await EntriesAsync(host, $"?owner={TestKeys.PublisherAId}&action=PUT%20/api/ops/billing/");

        Assert.Equal(2, entries.Count);
        var (latest, first) = (entries[0], entries[1]);
        Assert.Equal(("ops", "j.doe"), (latest.GetProperty("actor").GetProperty("role").GetString(), latest.GetProperty("actor").GetProperty("operator").GetString()));
        Assert.Equal(first.GetProperty("actor").GetProperty("keyId").GetString(), latest.GetProperty("actor").GetProperty("keyId").GetString());
        Assert.Equal($"PUT {Cards}", latest.GetProperty("action").GetString());
        Assert.Equal((host.Time.GetUtcNow() - TimeSpan.FromMinutes(5)).UtcDateTime, first.GetProperty("at").GetDateTime().ToUniversalTime());
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime, latest.GetProperty("at").GetDateTime().ToUniversalTime());
        Assert.Equal((201, 200), (first.GetProperty("status").GetInt32(), latest.GetProperty("status").GetInt32()));
        Assert.Equal(JsonValueKind.Null, ValueKind(first, "before"));
        Assert.Equal(0.3m, Price(first.GetProperty("after")));
        Assert.Equal(0.3m, Price(latest.GetProperty("before")));
        Assert.Equal(0.25m, Price(latest.GetProperty("after")));
        Assert.Equal(0.25m, Price(latest.GetProperty("request")));
        Assert.Equal("2026-12-01", latest.GetProperty("subject").GetProperty("effectiveFrom").GetString());
    }

    [Fact]
    public async Task Reads_refused_writes_and_partner_documents_leave_no_entry_but_a_publishers_manual_write_does()
    {
        await using var host = await InboundHost.StartAsync();
        var before = await EntriesAsync(host, string.Empty);

        await host.OkAsync(HttpMethod.Get, "/api/items", host.Keys.PublisherA);
        using var refused = await host.Client.SendAsync(HttpMethod.Put, Cards, host.Keys.Ops, """{"currency":"Euro","rates":[]}""");
        using var forbidden = await host.Client.SendAsync(HttpMethod.Put, Cards, host.Keys.PublisherA, Card);
        using var notice = await host.Client.SendAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
            """{"noticeNumber":"ASN-AUDIT","type":"shipNotice","expectedDate":"2026-11-23","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":5,"unit":"EA"}]}""");
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.Accepted), (refused.StatusCode, forbidden.StatusCode, notice.StatusCode));
        Assert.Equal(before.Count, (await EntriesAsync(host, string.Empty)).Count);

        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PutItemAsync(host.Keys.PublisherA, "BOOK-002", """{"description":"Novel, second edition","packUnit":"case","caseQuantity":10}""");

        var entry = (await EntriesAsync(host, "?action=PUT%20/api/items/BOOK-002"))[0];
        Assert.Equal(("publisher", host.Keys.PublisherAKeyId, TestKeys.PublisherAId),
            (entry.GetProperty("actor").GetProperty("role").GetString(), entry.GetProperty("actor").GetProperty("keyId").GetString(), entry.GetProperty("ownerId").GetString()));
        Assert.Equal("Novel", entry.GetProperty("before").GetProperty("description").GetString());
        Assert.Equal("Novel, second edition", entry.GetProperty("after").GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_new_publishers_key_is_masked_in_its_entry()
    {
        await using var host = await InboundHost.StartAsync();

        var created = await host.OkAsync(HttpMethod.Post, "/api/ops/publishers", host.Keys.Ops, """{"id":"initech","name":"Initech"}""");
        var secret = created.GetProperty("key").GetProperty("key").GetString()!;

        var entry = Assert.Single(await EntriesAsync(host, "?owner=initech"));
        Assert.Equal("***", entry.GetProperty("after").GetProperty("key").GetProperty("key").GetString());
        Assert.Equal(created.GetProperty("key").GetProperty("keyId").GetString(), entry.GetProperty("after").GetProperty("key").GetProperty("keyId").GetString());
        Assert.DoesNotContain(secret, entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_cannot_be_changed_or_deleted_and_the_log_is_for_ops_only()
    {
        await using var host = await InboundHost.StartAsync();
        await host.OkAsync(HttpMethod.Put, Cards, host.Keys.Ops, Card);
        var entry = Assert.Single(await EntriesAsync(host, "?role=ops"));

        using var put = await host.Client.SendAsync(HttpMethod.Put, "/api/ops/audit", host.Keys.Ops, "{}");
        using var delete = await host.Client.SendAsync(HttpMethod.Delete, "/api/ops/audit", host.Keys.Ops);
        using var byFloor = await host.Client.SendAsync(HttpMethod.Get, "/api/ops/audit", host.Keys.Floor);
        using var byPublisher = await host.Client.SendAsync(HttpMethod.Get, "/api/ops/audit", host.Keys.PublisherA);
        var stored = JsonSerializer.Deserialize<AuditEntryDocument>(entry.GetRawText(), JsonSerializerOptions.Web)!;
        var overwrite = await Record.ExceptionAsync(() => host.App.Get<AuditLog>().RecordAsync(stored with { Status = 500 }, CancellationToken.None));

        Assert.Equal((HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (put.StatusCode, delete.StatusCode, byFloor.StatusCode, byPublisher.StatusCode));
        Assert.IsType<DocumentConflictException>(overwrite);
        Assert.Equal(201, Assert.Single(await EntriesAsync(host, "?role=ops")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_log_filters_by_role_key_and_period_and_pages_newest_first()
    {
        await using var host = await InboundHost.StartAsync();
        var start = host.Time.GetUtcNow();
        for (var day = 1; day <= 5; day++)
        {
            await host.OkAsync(HttpMethod.Put, $"/api/ops/billing/rate-cards/{TestKeys.PublisherAId}/2026-12-0{day}", host.Keys.Ops, Card);
            host.Time.Advance(TimeSpan.FromHours(1));
        }

        await host.PutItemAsync(host.Keys.PublisherA, "BOOK-009", """{"description":"Atlas"}""");

        var pages = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await host.OkAsync(HttpMethod.Get, $"/api/ops/audit?role=ops&pageSize=2{(token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token))}", host.Keys.Ops);
            pages.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        var window = await EntriesAsync(host, $"?from={Uri.EscapeDataString((start + TimeSpan.FromHours(1)).ToString("O"))}&to={Uri.EscapeDataString((start + TimeSpan.FromHours(3)).ToString("O"))}");
        var byKey = await EntriesAsync(host, $"?keyId={host.Keys.PublisherAKeyId}");
        using var tooLong = await host.Client.SendAsync(HttpMethod.Get, "/api/ops/audit?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", host.Keys.Ops);

        Assert.Equal(["2026-12-05", "2026-12-04", "2026-12-03", "2026-12-02", "2026-12-01"], pages.Select(e => e.GetProperty("subject").GetProperty("effectiveFrom").GetString()));
        Assert.Equal(["2026-12-03", "2026-12-02"], window.Select(e => e.GetProperty("subject").GetProperty("effectiveFrom").GetString()));
        Assert.Equal("PUT /api/items/BOOK-009", byKey[0].GetProperty("action").GetString());
        Assert.All(byKey, e => Assert.Equal("publisher", e.GetProperty("actor").GetProperty("role").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(InboundHost host, HttpMethod method, string path, string key, string json, string operatorName)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", key);
        request.Headers.Add("X-Operator", operatorName);
        return await host.Client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> EntriesAsync(InboundHost host, string query) =>
        [.. (await host.OkAsync(HttpMethod.Get, "/api/ops/audit" + query, host.Keys.Ops)).GetProperty("items").EnumerateArray()];

    private static JsonValueKind ValueKind(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) ? value.ValueKind : JsonValueKind.Null;

    private static decimal Price(JsonElement card) => card.GetProperty("rates")[0].GetProperty("price").GetDecimal();
}
