using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Logistics.Benchmarks.Intake;

/// <summary>
/// Intake under load, against the service running as its own process (local runtime, default durability): JSON and
/// X12 notices of 10 lines for the same 10 items, posted back to back by concurrent clients, beside the health
/// endpoint's rate in the same run. Every notice starts its orchestration, which runs meanwhile.
/// </summary>
/// <remarks>
/// Usage: <c>intake [--seconds 10] [--warmup 10] [--concurrency 16] [--sync full|normal]</c>. The warm-up is not measured:
/// it lets tiered compilation reach its optimized code and fills the caches, so the numbers are the steady state.
/// </remarks>
internal static class IntakeBenchmark
{
    private const int Lines = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var warmup = Option(args, "--warmup", 10);
        var concurrency = Option(args, "--concurrency", 16);
        var sync = args.SkipWhile(a => a != "--sync").Skip(1).FirstOrDefault() ?? "full";
        var (service, opsKey) = await ServiceProcess.StartAsync(sync);
        await using (service)
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var client = new HttpClient(handler) { BaseAddress = service.Address };
            var publisherKey = await CreatePublisherAsync(client, opsKey);
            for (var i = 1; i <= Lines; i++)
            {
                using var put = await SendAsync(client, HttpMethod.Put, $"/api/items/BENCH-{i:00}", publisherKey, "application/json",
                    $$"""{"description":"Benchmark item {{i}}","barcodes":["{{Ean(i)}}"]}""");
                put.EnsureSuccessStatusCode();
            }

            var duration = TimeSpan.FromSeconds(seconds);
            var expected = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Console.WriteLine($"intake benchmark: notices of {Lines} lines, {concurrency} concurrent clients, {seconds} s each, synchronous={sync}, {Environment.ProcessorCount} cores");

            await LoadRun.RunAsync(concurrency, TimeSpan.FromSeconds(warmup), n => n % 2 == 0
                ? PostJsonAsync(client, publisherKey, $"WARM-{n}", expected)
                : PostX12Async(client, publisherKey, $"WARM-{n}", 500_000_000 + n));
            var json = await LoadRun.RunAsync(concurrency, duration, n => PostJsonAsync(client, publisherKey, $"JSON-{n}", expected));
            Console.WriteLine($"JSON notices  {json}");
            var x12 = await LoadRun.RunAsync(concurrency, duration, n => PostX12Async(client, publisherKey, $"X12-{n}", n));
            Console.WriteLine($"X12 notices   {x12}");
            var health = await LoadRun.RunAsync(concurrency, duration, async _ =>
            {
                using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                return response.IsSuccessStatusCode;
            });
            Console.WriteLine($"GET health    {health}");
            return json.Failures + x12.Failures + health.Failures == 0 ? 0 : 1;
        }
    }

    private static async Task<bool> PostJsonAsync(HttpClient client, string key, string number, string expected)
    {
        var lines = string.Join(',', Enumerable.Range(1, Lines).Select(i => $$"""{"lineNumber":{{i}},"sku":"BENCH-{{i:00}}","quantity":{{i * 3}},"unit":"EA"}"""));
        using var response = await SendAsync(client, HttpMethod.Post, "/api/notices", key, "application/json",
            $$"""{"noticeNumber":"{{number}}","type":"shipNotice","expectedDate":"{{expected}}","lines":[{{lines}}]}""");
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    private static async Task<bool> PostX12Async(HttpClient client, string key, string number, int control)
    {
        var now = DateTime.UtcNow;
        var date = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var expected = now.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var segments = new List<string>
        {
            $"ST*943*0001",
            $"W06*N*{number}*{date}*{number}",
            "N1*SF*Benchmark Plant",
            $"G62*17*{expected}",
        };
        for (var i = 1; i <= Lines; i++)
        {
            segments.Add($"W04*{i * 3}*EA**EN*{Ean(i)}");
        }

        segments.Add($"SE*{segments.Count + 1}*0001");
        var control9 = (control % 999_999_999).ToString("000000000", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"ISA*00*          *00*          *ZZ*BENCHPUB       *ZZ*LOGISTICSWH    *{now:yyMMdd}*{now:HHmm}*U*00401*{control9}*0*P*>~")
            .Append(CultureInfo.InvariantCulture, $"GS*AR*BENCHPUB*LOGISTICSWH*{date}*{now:HHmm}*{control}*X*004010~")
            .Append(string.Join("~", segments)).Append('~')
            .Append(CultureInfo.InvariantCulture, $"GE*1*{control}~IEA*1*{control9}~")
            .ToString();
        using var response = await SendAsync(client, HttpMethod.Post, "/api/notices", key, "application/edi-x12", text);
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    private static async Task<string> CreatePublisherAsync(HttpClient client, string opsKey)
    {
        using var response = await SendAsync(client, HttpMethod.Post, "/api/ops/publishers", opsKey, "application/json", """{"id":"bench-publisher","name":"Benchmark Publisher"}""");
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("key").GetProperty("key").GetString()!;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string key, string mediaType, string body)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }

    // A valid EAN-13 per benchmark item (the X12 notices identify items by EAN, as partners send them).
    private static string Ean(int item)
    {
        var body = $"400638{item:000000}";
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
