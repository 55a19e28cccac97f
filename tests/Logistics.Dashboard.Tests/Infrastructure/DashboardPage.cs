using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Logistics.Dashboard.Tests.Infrastructure;

/// <summary>A browser context with one page on the dashboard, recording every request the page makes.</summary>
/// <remarks>
/// Every request is routed through here: one to the app's origin goes on, any other is recorded and aborted, so a
/// test proves the page reaches nothing outside the app (no CDN, no fonts, no telemetry) even if the CSP failed.
/// </remarks>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _origin;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _outside = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    private DashboardPage(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        Page = page;
        _origin = origin;
    }

    public IPage Page { get; }

    /// <summary>Every URL the page requested, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<DashboardPage> CreateAsync(IBrowserContext context, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        var dashboard = new DashboardPage(context, page, origin);
        context.Request += (_, request) => dashboard._requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            // An answer such as a 401 or 404 is logged by the browser itself ("Failed to load resource"); those are the
            // API's answers under test. Script errors and CSP refusals ("Refused to …") are failures.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                dashboard._consoleErrors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => dashboard._consoleErrors.Enqueue(error);
        await context.RouteAsync("**/*", async route =>
        {
            if (dashboard.IsApp(route.Request.Url))
            {
                await route.ContinueAsync();
            }
            else
            {
                dashboard._outside.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return dashboard;
    }

    /// <summary>Signs in with <paramref name="key"/> through the sign-in form and waits for the instance list.</summary>
    public async Task SignInAsync(string key)
    {
        await Page.GetByLabel("Ops key").FillAsync(key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Orchestration instances", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Goes to a view through the navigation, as a user would.</summary>
    public async Task NavigateAsync(string link, string heading)
    {
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard views" }).GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Clicks Refresh until <paramref name="locator"/> is visible (the orchestration applies events in the background).</summary>
    public async Task RefreshUntilVisibleAsync(ILocator locator, string what)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var deadline = DateTime.UtcNow + DashboardHost.WorkerTimeout;
        while (!await locator.IsVisibleAsync())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Refresh", Exact = true }).ClickAsync();
            await Task.Delay(200);
        }
    }

    /// <summary>Saves a full-page screenshot under <see cref="DashboardHost.ScreenshotFolder"/> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(DashboardHost.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Asserts that every request went to the app's origin, none was aborted, and the page logged no error.</summary>
    public void AssertOnlyAppRequestsAndNoErrors()
    {
        Assert.NotEmpty(_requests);
        Assert.Empty(_outside);
        Assert.All(_requests, url => Assert.True(IsApp(url), $"The page requested {url}, outside {_origin}."));
        Assert.Empty(_consoleErrors);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private bool IsApp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == _origin.Scheme && uri.Host == _origin.Host && uri.Port == _origin.Port;
}
