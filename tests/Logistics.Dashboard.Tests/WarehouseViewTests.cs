using Logistics.Application.Warehouse;
using Logistics.Dashboard.Tests.Infrastructure;
using Logistics.Storage.Messaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Logistics.Dashboard.Tests;

/// <summary>The warehouse views: work by deadline with overdue first, pending stock awaiting decisions, dead letters.</summary>
[Collection(DashboardCollection.Name)]
public sealed class WarehouseViewTests(DashboardHost host)
{
    [Fact]
    public async Task An_order_whose_ship_by_day_passes_is_flagged_overdue_and_listed_before_everything_on_time()
    {
        var today = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime);
        var instanceId = await host.BackorderAsync("SO-LATE", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await dashboard.NavigateAsync("Warehouse work", "Warehouse work");
        var late = page.Locator("table.work tbody tr", new() { HasText = "SO-LATE" });
        await Expect(late).ToContainTextAsync("StockArrived");
        await Expect(late).Not.ToContainTextAsync("Overdue");

        // The end of the ship-by day passes on the test clock; the order is still short of stock.
        host.Time.Advance(TimeSpan.FromDays(1));
        await host.WaitForInstanceAsync(instanceId, i => i.GetProperty("customStatus").GetProperty("overdue").GetBoolean(), "the order's overdue flag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh", Exact = true }).ClickAsync();
        await Expect(late).ToContainTextAsync("Overdue");
        await Expect(late).ToHaveClassAsync("overdue");
        await Expect(page.Locator("table.work tbody tr").First).ToContainTextAsync("SO-LATE");
        var flags = await page.Locator("table.work tbody tr").EvaluateAllAsync<bool[]>("rows => rows.map(r => r.classList.contains('overdue'))");
        Assert.Equal(flags.OrderByDescending(f => f), flags);
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"\d+ waiting, [1-9]\d* overdue"))).ToBeVisibleAsync();

        // Its detail says the same, in words.
        await late.GetByRole(AriaRole.Link, new() { Name = "SO-LATE" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = instanceId, Level = 1 })).ToBeVisibleAsync();
        var waits = page.GetByRole(AriaRole.Region, new() { Name = "What it waits for" });
        await Expect(waits).ToContainTextAsync("Overdue");
        await Expect(waits).ToContainTextAsync("which was due by");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Timeline of") }).Locator("rect > title", new() { HasText = "timer" }).First).ToBeAttachedAsync();
        await dashboard.ScreenshotAsync("detail-overdue-order-1280x800");
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task Goods_damaged_at_receipt_show_as_pending_stock_and_their_notice_as_waiting_on_its_owner()
    {
        var instanceId = await host.NoticeAsync("ASN-DMG", host.Day(8));
        await host.OkAsync(HttpMethod.Post, "/api/notices/acme~ASN-DMG/arrival", host.Keys.Floor);
        await host.OkAsync(HttpMethod.Post, "/api/notices/acme~ASN-DMG/scans", host.Keys.Floor, """{"scanId":"d1","sku":"DB-BOOK","quantity":3,"condition":"damaged"}""");
        await host.OkAsync(HttpMethod.Post, "/api/notices/acme~ASN-DMG/close", host.Keys.Floor);
        await host.WaitForInstanceAsync(instanceId, i => DashboardHost.WaitsFor(i, "OwnerDecision"), "the owner's decision to be awaited");

        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await dashboard.NavigateAsync("Pending stock", "Pending stock");
        var row = page.Locator("table.stock tbody tr", new() { HasText = "DB-BOOK" });
        await Expect(row).ToContainTextAsync("acme");
        await Expect(row.Locator("td:nth-child(5)")).ToHaveTextAsync("3");

        await dashboard.NavigateAsync("Warehouse work", "Warehouse work");
        await page.GetByLabel("Waiting on").SelectOptionAsync("owner");
        var owner = page.Locator("table.work tbody tr");
        await Expect(owner).ToHaveCountAsync(1);
        await Expect(owner).ToContainTextAsync("ASN-DMG");
        await Expect(owner).ToContainTextAsync("OwnerDecision");
        await Expect(owner).ToContainTextAsync("AwaitingDecision");
        Assert.Contains("on=owner", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Waiting on").SelectOptionAsync("carrier");
        await Expect(page.Locator("table.work tbody tr", new() { HasText = "ASN-100" })).ToContainTextAsync("DockArrival");
        await Expect(page.Locator("table.work tbody tr", new() { HasText = "ASN-DMG" })).ToHaveCountAsync(0);
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task A_dead_lettered_event_is_listed_with_its_reason_and_a_redrive_returns_it_to_its_subscription()
    {
        // A billing consumer gives up on one event (this host's consumers are off, so the test plays one).
        var queue = host.App.Get<IMessageQueue>();
        var billing = EntityDefinition.SubscriptionPath(WarehouseStore.EventsTopic, "billing");
        var received = await queue.ReceiveAsync(billing, 1, TimeSpan.FromMinutes(5));
        var message = Assert.Single(received);
        await queue.DeadLetterAsync(message, "No rate card for this owner (dashboard test)");
        var activeBefore = await queue.CountActiveAsync(billing);

        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await dashboard.NavigateAsync("Dead letters", "Dead letters");
        var section = page.GetByRole(AriaRole.Region, new() { Name = "billing: 1 dead letter" });
        var row = section.Locator("table.dead-letters tbody tr");
        await Expect(row).ToContainTextAsync("No rate card for this owner (dashboard test)");
        await Expect(row).ToContainTextAsync(message.SequenceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(row).ToContainTextAsync("acme");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "reporting: 0 dead letters" })).ToContainTextAsync("No dead letters.");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Re-drive message {message.SequenceNumber}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Re-drive" }).ClickAsync();
        await Expect(page.Locator("#view .action-result")).ToHaveTextAsync("Re-drive: 200 OK — 1 returned to billing.");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "billing: 0 dead letters" })).ToContainTextAsync("No dead letters.");

        Assert.Empty(await queue.ListDeadLettersAsync(billing));
        Assert.Equal(activeBefore + 1, await queue.CountActiveAsync(billing));
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }
}
