using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Http;

/// <summary>
/// Every paged list takes back only the tokens it issued for the same caller and query: a garbage, truncated, altered or
/// replayed token answers 400 naming <c>/continuationToken</c>, never a 500 and never another page of someone's data.
/// </summary>
public sealed class ContinuationTokenTests(ContinuationTokenTests.Host host) : IClassFixture<ContinuationTokenTests.Host>
{
    /// <summary>Each list with a page size that leaves a second page, and the key that reads it.</summary>
    public static TheoryData<string, string> Lists => new()
    {
        { "/api/items?pageSize=2", "publisherA" },
        { "/api/notices?pageSize=1", "publisherA" },
        { "/api/notices?status=AwaitingArrival&pageSize=1", "publisherA" },
        { "/api/inventory/ledger?pageSize=2", "publisherA" },
        { "/api/inventory/ledger?sku=HTTP-1&pageSize=1", "publisherA" },
        { "/api/ops/publishers?pageSize=1", "ops" },
    };

    public static TheoryData<string, string, string> Corruptions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (list, key) in Lists.Select(row => ((string)row[0], (string)row[1])))
        {
            foreach (var corruption in new[] { "garbage", "base64 garbage", "truncated", "last character dropped", "flipped", "appended", "huge" })
            {
                data.Add(list, key, corruption);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_token_pages_through_its_list_once(string list, string key)
    {
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await host.OkAsync(token is null ? list : $"{list}&continuationToken={Uri.EscapeDataString(token)}", key);
            seen.AddRange(Ids(page));
            token = page.GetProperty("continuationToken").ValueKind == JsonValueKind.String ? page.GetProperty("continuationToken").GetString() : null;
            pages++;
        }
        while (token is not null && pages < 50);

        Assert.True(pages > 1, $"{list} fits one page; the test needs two.");
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task A_corrupted_token_answers_400_naming_the_parameter(string list, string key, string corruption)
    {
        var token = (await host.OkAsync(list, key)).GetProperty("continuationToken").GetString()!;
        var sent = corruption switch
        {
            "garbage" => "not a token",
            "base64 garbage" => "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA",
            "truncated" => token[..(token.Length / 2)],
            "last character dropped" => token[..^1],
            "flipped" => token[..(token.Length / 2)] + (token[token.Length / 2] == 'A' ? 'B' : 'A') + token[(token.Length / 2 + 1)..],
            "appended" => token + "AAAA",
            _ => new string('A', 6_000),
        };

        await host.AssertBadTokenAsync($"{list}&continuationToken={Uri.EscapeDataString(sent)}", key);
    }

    [Theory]
    [InlineData("/api/items?pageSize=2", "/api/items?pageSize=2", "publisherB")]
    [InlineData("/api/notices?pageSize=1", "/api/notices?pageSize=1", "publisherB")]
    [InlineData("/api/inventory/ledger?pageSize=2", "/api/inventory/ledger?pageSize=2", "publisherB")]
    [InlineData("/api/notices?pageSize=1", "/api/notices?status=Cancelled&pageSize=1", "publisherA")]
    [InlineData("/api/inventory/ledger?pageSize=2", "/api/inventory/ledger?sku=HTTP-1&pageSize=2", "publisherA")]
    [InlineData("/api/inventory/ledger?pageSize=2", "/api/inventory/ledger?from=2026-01-01&pageSize=2", "publisherA")]
    [InlineData("/api/items?pageSize=2", "/api/notices?pageSize=2", "publisherA")]
    [InlineData("/api/notices?pageSize=1", "/api/items?pageSize=1", "publisherA")]
    public async Task A_token_replayed_by_another_publisher_or_with_other_filters_answers_400(string issuedBy, string replayedOn, string key)
    {
        var token = (await host.OkAsync(issuedBy, "publisherA")).GetProperty("continuationToken").GetString()!;

        await host.AssertBadTokenAsync($"{replayedOn}&continuationToken={Uri.EscapeDataString(token)}", key);
    }

    [Fact]
    public async Task A_page_size_may_change_between_pages()
    {
        var first = await host.OkAsync("/api/items?pageSize=2", "publisherA");
        var token = first.GetProperty("continuationToken").GetString()!;

        var rest = await host.OkAsync($"/api/items?pageSize=10&continuationToken={Uri.EscapeDataString(token)}", "publisherA");

        Assert.Equal(Host.ItemsOfA, Ids(first).Count + Ids(rest).Count);
    }

    private static List<string> Ids(JsonElement page)
    {
        var items = page.EnumerateObject().Single(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        return [.. items.EnumerateArray().Select(item => item.ToString())];
    }

    /// <summary>Publisher A with items, notices and ledger movements enough for several pages; publisher B with one item.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public const int ItemsOfA = 5;

        private TestApp? _app;
        private TestKeys? _keys;

        private TestApp App => _app ?? throw new InvalidOperationException("Not started.");

        private TestKeys Keys => _keys ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
        {
            _app = await TestApp.StartAsync(new ManualTimeProvider());
            _keys = await TestKeys.CreateAsync(_app);
            for (var i = 1; i <= ItemsOfA; i++)
            {
                await SendOkAsync(HttpMethod.Put, $"/api/items/HTTP-{i}", Keys.PublisherA, """{"description":"Paged item"}""");
            }

            await SendOkAsync(HttpMethod.Put, "/api/items/GLX-HTTP", Keys.PublisherB, """{"description":"Globex item"}""");
            for (var n = 1; n <= 3; n++)
            {
                await SendOkAsync(HttpMethod.Post, "/api/notices", Keys.PublisherA,
                    $$"""{"noticeNumber":"HTTP-N{{n}}","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"HTTP-1","quantity":{{n}},"unit":"EA"},{"lineNumber":2,"sku":"HTTP-2","quantity":2,"unit":"EA"}]}""");
            }

            await SendOkAsync(HttpMethod.Post, "/api/notices", Keys.PublisherB,
                """{"noticeNumber":"GLX-N1","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"GLX-HTTP","quantity":1,"unit":"EA"}]}""");
        }

        public async Task<JsonElement> OkAsync(string path, string key)
        {
            using var response = await App.Client.SendAsync(HttpMethod.Get, path, KeyOf(key));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.JsonAsync();
        }

        public async Task AssertBadTokenAsync(string path, string key)
        {
            using var response = await App.Client.SendAsync(HttpMethod.Get, path, KeyOf(key));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"GET {path[..Math.Min(path.Length, 200)]}: {(int)response.StatusCode} {text}");
            var problem = await response.JsonAsync();
            Assert.Equal("urn:logistics:problem:validation", problem.GetProperty("type").GetString());
            var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
            Assert.Equal("/continuationToken", error.GetProperty("pointer").GetString());
        }

        public async Task DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }

        private string KeyOf(string key) => key switch
        {
            "publisherA" => Keys.PublisherA,
            "publisherB" => Keys.PublisherB,
            _ => Keys.Ops,
        };

        private async Task SendOkAsync(HttpMethod method, string path, string key, string json)
        {
            using var response = await App.Client.SendAsync(method, path, key, json);
            Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
