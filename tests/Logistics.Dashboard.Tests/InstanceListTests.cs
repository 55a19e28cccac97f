using Logistics.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Logistics.Dashboard.Tests;

/// <summary>The instance list: filters by status, orchestration, publisher, id prefix and creation time; counts; pages.</summary>
[Collection(DashboardCollection.Name)]
public sealed class InstanceListTests(DashboardHost host)
{
    [Fact]
    public async Task The_list_filters_by_publisher_orchestration_prefix_status_and_creation_time_and_counts_per_status()
    {
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        var table = page.Locator("table.instances");
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "inbound~globex~GX-300" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Instances created per") })).ToBeVisibleAsync();

        // One publisher: its instances of every orchestration, nobody else's.
        await page.GetByLabel("Publisher").FillAsync("globex");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("table.instances tbody tr")).ToHaveCountAsync(2);
        Assert.Equal(["inbound~globex~GX-300", "inbound~globex~GX-301"], await InstanceIdsAsync(page));
        Assert.Contains("publisher=globex", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^2 Running$") })).ToBeVisibleAsync();

        // An orchestration and a publisher together, then an instance id prefix.
        await page.GetByLabel("Publisher").FillAsync("acme");
        await page.GetByLabel("Orchestration").SelectOptionAsync("OutboundOrderOrchestrator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "outbound~acme~SO-201" })).ToBeVisibleAsync();
        var orders = await InstanceIdsAsync(page);
        Assert.All(orders, id => Assert.StartsWith("outbound~acme~", id, StringComparison.Ordinal));
        Assert.Contains("outbound~acme~SO-200", orders);

        await page.GetByLabel("Orchestration").SelectOptionAsync(string.Empty);
        await page.GetByLabel("Publisher").FillAsync(string.Empty);
        await page.GetByLabel("Instance id prefix").FillAsync("inbound~acme~ASN-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("table.instances tbody tr")).ToHaveCountAsync(4);
        Assert.Equal(["inbound~acme~ASN-100", "inbound~acme~ASN-101", "inbound~acme~ASN-102", "inbound~acme~ASN-103"], await InstanceIdsAsync(page));

        // Created around the start of the test clock, when every seeded instance was; nothing a minute later.
        await page.GetByLabel("Instance id prefix").FillAsync("outbound~");
        await page.GetByLabel("Created from (UTC)").FillAsync(Local(host.Start.AddMinutes(-1)));
        await page.GetByLabel("Created to (UTC)").FillAsync(Local(host.Start.AddMinutes(1)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "outbound~acme~SO-200" })).ToBeVisibleAsync();
        Assert.All(await InstanceIdsAsync(page), id => Assert.StartsWith("outbound~", id, StringComparison.Ordinal));
        await page.GetByLabel("Created from (UTC)").FillAsync(Local(host.Start.AddMinutes(1)));
        await page.GetByLabel("Created to (UTC)").FillAsync(Local(host.Start.AddMinutes(2)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.GetByText("No instance matches these filters.")).ToBeVisibleAsync();
        await Expect(page.GetByText("0 instances match the other filters.", new() { Exact = false })).ToBeVisibleAsync();

        // A status: every row listed has it; a status nothing has lists nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Running", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("table.instances caption")).ToContainTextAsync("(Running)");
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "inbound~acme~ASN-100" })).ToBeVisibleAsync();
        var statuses = await page.Locator("table.instances tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.All(statuses, s => Assert.Equal("Running", s.Trim()));
        Assert.Contains("status=Running", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Running", Exact = true }).UncheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "ContinuedAsNew", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.GetByText("No instance matches these filters.")).ToBeVisibleAsync();
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task Pages_run_on_from_one_publishers_notices_into_its_orders_without_repeating_an_instance()
    {
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await page.GetByLabel("Publisher").FillAsync("acme");
        await page.GetByLabel("Page size").SelectOptionAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("table.instances tbody tr")).ToHaveCountAsync(5);

        var seen = new List<string>(await InstanceIdsAsync(page));
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next page →" });
        while (await next.IsEnabledAsync())
        {
            var caption = await page.Locator("table.instances caption").InnerTextAsync();
            await next.ClickAsync();
            await Expect(page.Locator("table.instances caption")).Not.ToHaveTextAsync(caption);
            seen.AddRange(await InstanceIdsAsync(page));
        }

        Assert.Equal(seen.Distinct(StringComparer.Ordinal).Count(), seen.Count);
        Assert.All(seen, id => Assert.Matches("^(inbound|outbound)~acme~", id));
        foreach (var id in new[] { "inbound~acme~ASN-100", "inbound~acme~ASN-103", "outbound~acme~SO-200", "outbound~acme~SO-201" })
        {
            Assert.Contains(id, seen);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "← Previous page" }).ClickAsync();
        await Expect(page.Locator("table.instances caption")).ToContainTextAsync("Page");
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    // The value of a datetime-local input, which the page reads as UTC.
    private static string Local(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<string>> InstanceIdsAsync(IPage page) =>
        [.. (await page.Locator("table.instances tbody th a").AllInnerTextsAsync()).Select(t => t.Trim())];
}
