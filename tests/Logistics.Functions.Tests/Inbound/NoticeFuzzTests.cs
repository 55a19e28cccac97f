using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Logistics.Benchmarks.Fuzz;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>
/// A bounded sample of the notice fuzz over real HTTP (the benchmark's <c>fuzz</c> suite runs 100,000 cases in process):
/// mutated 943s, 856s and JSON notices from a fixed seed, each judged by <see cref="FuzzOracle"/> — never a 5xx, every
/// rejection located, and the warehouse container and orchestration instances unchanged by every rejected document.
/// </summary>
public sealed class NoticeFuzzTests
{
    private const ulong Seed = 20261121;
    private const int Cases = 300;

    [Fact]
    public async Task Three_hundred_mutated_notices_get_no_5xx_located_errors_and_change_nothing_when_rejected()
    {
        await using var host = await InboundHost.StartAsync(settings: new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "100000" });
        foreach (var kind in Enum.GetValues<FuzzKind>())
        {
            var sample = new FuzzCase(Seed, -1, kind, ["the sample as is"], Encoding.UTF8.GetBytes(NoticeSamples.For(kind)));
            var (response, _) = await PostAsync(host, sample);
            Assert.True(response.Status == 202, $"the {kind} sample: {response.Status} {response.Body}");
            await QuiesceAsync(host);
        }

        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Cases; i++)
        {
            var fuzzCase = NoticeMutator.Create(Seed, i);
            var (response, changed) = await PostAsync(host, fuzzCase);
            var verdict = FuzzOracle.Judge(fuzzCase, response, changed);
            outcomes[verdict.Outcome] = outcomes.GetValueOrDefault(verdict.Outcome) + 1;
            if (!verdict.Passed)
            {
                var input = fuzzCase.EscapedBody();
                failures.Add($"{fuzzCase}\n  why: {verdict.Failure}\n  input: {(input.Length > 600 ? input[..600] + "…" : input)}");
            }

            if (response.Status is >= 200 and < 300)
            {
                await QuiesceAsync(host);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} cases broke a rule (replay one with `dotnet run -c Release --project tests/Logistics.Benchmarks -- fuzz --seed {Seed} --case N`):\n{string.Join('\n', failures)}");

        // The sample must exercise acceptance and rejection both, or it tests less than it claims.
        Assert.True(outcomes.GetValueOrDefault("accepted") >= 10 && outcomes.GetValueOrDefault("rejected") >= 100,
            string.Join(", ", outcomes.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Key} {o.Value}"))));
    }

    private static async Task<(FuzzResponse Response, bool StoreChanged)> PostAsync(InboundHost host, FuzzCase fuzzCase)
    {
        var before = await host.SnapshotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notices") { Content = new ByteArrayContent(fuzzCase.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(fuzzCase.ContentType);
        request.Headers.Add("X-Api-Key", host.Keys.PublisherA);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var after = await host.SnapshotAsync();
        return (new FuzzResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body), !before.SequenceEqual(after));
    }

    // An accepted notice's orchestration starts on the background worker; the next case's "before" must not catch it
    // half-way. On the manual clock it soon waits for its milestone and nothing moves until a test advances time.
    private static async Task QuiesceAsync(InboundHost host)
    {
        var deadline = DateTime.UtcNow + InboundHost.WorkerTimeout;
        var last = await host.SnapshotAsync();
        var stable = 0;
        while (stable < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, "the store kept changing after an accepted notice");
            await Task.Delay(20);
            var now = await host.SnapshotAsync();
            stable = now.SequenceEqual(last) ? stable + 1 : 0;
            last = now;
        }
    }
}
