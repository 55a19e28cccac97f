using System.Globalization;
using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Logistics.Dashboard.Tests.Infrastructure;

/// <summary>
/// One app for every dashboard test: the real function app in its local runtime on Kestrel (a free loopback port, a
/// fresh SQLite file, a manual clock), two publishers with items, notices and orders created through the HTTP API, and
/// Debian's chromium driven by Playwright.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    /// <summary>Debian's chromium, which tests/run.sh installs; Playwright's own browser download does not work here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Bound on waiting for the background orchestration worker (never a wait on time behaviour).</summary>
    public static readonly TimeSpan WorkerTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The flags this machine's closed network needs (no background connections, no QUIC, no sandbox as root).</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    ];

    private TestApp? _app;
    private TestKeys? _keys;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DashboardHost()
    {
        // The test clock starts at the real minute. The embedded backend stamps starts and episodes with the injected clock,
        // but DurableTask.Core stamps activity and timer events with the wall clock: starting together keeps timelines
        // coherent until a test moves the clock on.
        var now = DateTimeOffset.UtcNow;
        Start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        Time = new ManualTimeProvider(Start);
    }

    /// <summary>When the test clock started; every seeded instance was created then.</summary>
    public DateTimeOffset Start { get; }

    public ManualTimeProvider Time { get; }

    public TestApp App => _app ?? throw new InvalidOperationException("Not started.");

    public TestKeys Keys => _keys ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client => App.Client;

    /// <summary>The app's origin, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Origin => new(App.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));

    /// <summary>Where the screenshots go: <c>TestResults/dashboard/</c> at the repository root (ignored by git).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(AppOutput.RepositoryRoot, "TestResults", "dashboard")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: the dashboard's browser tests drive Debian's chromium. `bash tests/run.sh` installs it " +
                "(apt-get install chromium); Playwright's own browser download does not work on this machine.");
        }

        // Every test signs in and polls with the same keys; the manual clock never ends a rate-limit window by itself.
        // The event consumers are switched off as the host does it (AzureWebJobs.{name}.Disabled): the dead-letter view's
        // test plays the consumer that gives up, and a drain woken by a clock advance must not take its message first. So are
        // the owners' report schedules and the storage snapshots: a clock advanced past midnight would start report runs
        // and write snapshots beside the instances and events the tests count.
        _app = await TestApp.StartAsync(Time, new Dictionary<string, string?>
        {
            ["AzureWebJobs:BillingEvents:Disabled"] = "true",
            ["AzureWebJobs:ReportingEvents:Disabled"] = "true",
            ["AzureWebJobs:AlertEvents:Disabled"] = "true",
            ["AzureWebJobs:EvaluateStockAlerts:Disabled"] = "true",
            ["AzureWebJobs:RunReportSchedules:Disabled"] = "true",
            ["AzureWebJobs:TakeStorageSnapshots:Disabled"] = "true",
            ["RateLimiting:PermitsPerWindow"] = "100000",
            ["RateLimiting:AnonymousPermitsPerWindow"] = "100000",
            ["RateLimiting:FailedAuthenticationsPerWindow"] = "100000",
        });
        _keys = await TestKeys.CreateAsync(_app);
        await SeedAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A new browser context (its own, empty session storage and profile state) with a page on the dashboard.</summary>
    public async Task<DashboardPage> OpenAsync(int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Origin.ToString(),
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var page = await DashboardPage.CreateAsync(context, Origin);
        await page.Page.GotoAsync("/api/dashboard/");
        return page;
    }

    /// <summary>The business date <paramref name="days"/> after the start, as JSON documents write it.</summary>
    public string Day(int days) => Start.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Sends and asserts success, returning the JSON body (undefined when there is none).</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string path, string key, string? json = null)
    {
        using var response = await Client.SendAsync(method, path, key, json ?? (method == HttpMethod.Post ? "{}" : null));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted, $"{method} {path}: {(int)response.StatusCode} {text}");
        if (text.Length == 0)
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The instance as the management API shows it, or null when unknown.</summary>
    public async Task<JsonElement?> InstanceAsync(string instanceId)
    {
        using var response = await Client.SendAsync(HttpMethod.Get, $"/api/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(instanceId)}", Keys.Ops);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.JsonAsync();
    }

    /// <summary>Polls the instance until <paramref name="until"/> holds (orchestrations run on a background worker).</summary>
    public async Task<JsonElement> WaitForInstanceAsync(string instanceId, Func<JsonElement, bool> until, string what)
    {
        var deadline = DateTime.UtcNow + WorkerTimeout;
        JsonElement? last = null;
        do
        {
            last = await InstanceAsync(instanceId);
            if (last is { } instance && until(instance))
            {
                return instance;
            }

            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Timed out waiting for {what}; last state: {last}");
        return default;
    }

    /// <summary>True when the instance's custom status waits for <paramref name="milestone"/>.</summary>
    public static bool WaitsFor(JsonElement instance, string milestone) =>
        instance.TryGetProperty("customStatus", out var status) && status.ValueKind == JsonValueKind.Object &&
        status.TryGetProperty("waitingFor", out var waiting) && waiting.GetString() == milestone;

    /// <summary>Posts a JSON notice of publisher A (or <paramref name="key"/>'s) and waits until its orchestration waits for the goods.</summary>
    public async Task<string> NoticeAsync(string number, string expectedDate, string sku = "DB-BOOK", string? key = null, string owner = TestKeys.PublisherAId)
    {
        await OkAsync(HttpMethod.Post, "/api/notices", key ?? Keys.PublisherA,
            $$"""{"noticeNumber":"{{number}}","type":"shipNotice","expectedDate":"{{expectedDate}}","lines":[{"lineNumber":1,"sku":"{{sku}}","quantity":4,"unit":"EA"}]}""");
        var instanceId = $"inbound~{owner}~{number}";
        await WaitForInstanceAsync(instanceId, i => WaitsFor(i, "DockArrival"), $"{instanceId} to await its goods");
        return instanceId;
    }

    /// <summary>Posts a JSON order of publisher A for an item with no stock and waits until it awaits stock.</summary>
    public async Task<string> BackorderAsync(string number, string shipBy)
    {
        await OkAsync(HttpMethod.Post, "/api/orders", Keys.PublisherA,
            $$"""{"orderNumber":"{{number}}","shipBy":"{{shipBy}}","shipTo":{"name":"Buchhandlung Lehmann","addressLines":["Hauptstrasse 1"],"city":"Berlin","postalCode":"10115","country":"DE"},"lines":[{"lineNumber":1,"sku":"DB-NOSTOCK","quantity":2,"unit":"EA"}]}""");
        var instanceId = $"outbound~acme~{number}";
        await WaitForInstanceAsync(instanceId, i => WaitsFor(i, "StockArrived"), $"{instanceId} to await stock");
        return instanceId;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    // Work for every view: notices of two publishers awaiting their goods, orders awaiting stock.
    private async Task SeedAsync()
    {
        await OkAsync(HttpMethod.Put, "/api/items/DB-BOOK", Keys.PublisherA, """{"description":"Atlas of the Alps"}""");
        await OkAsync(HttpMethod.Put, "/api/items/DB-NOSTOCK", Keys.PublisherA, """{"description":"Out of print"}""");
        await OkAsync(HttpMethod.Put, "/api/items/GLX-1", Keys.PublisherB, """{"description":"Globex widget"}""");
        await NoticeAsync("ASN-100", Day(2));
        await NoticeAsync("ASN-101", Day(3));
        await BackorderAsync("SO-200", Day(5));
        await NoticeAsync("GX-300", Day(2), "GLX-1", Keys.PublisherB, TestKeys.PublisherBId);
        await NoticeAsync("ASN-102", Day(4));
        await BackorderAsync("SO-201", Day(6));
        await NoticeAsync("GX-301", Day(3), "GLX-1", Keys.PublisherB, TestKeys.PublisherBId);
        await NoticeAsync("ASN-103", Day(5));
    }
}
