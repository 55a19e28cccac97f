using Logistics.Application.Inbound;
using Logistics.Application.Warehouse;
using Logistics.Dashboard.Tests.Infrastructure;
using Logistics.Storage.Documents;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Logistics.Dashboard.Tests;

/// <summary>An instance's detail (what it waits for, input, history table and timeline) and the actions on it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class InstanceDetailTests(DashboardHost host)
{
    [Fact]
    public async Task Opening_an_instance_shows_what_it_waits_for_its_input_and_its_history_as_a_table_and_a_timeline()
    {
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await page.GetByLabel("Instance id prefix").FillAsync("outbound~acme~SO-200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "outbound~acme~SO-200" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "outbound~acme~SO-200", Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("view=instance", page.Url, StringComparison.Ordinal);
        var waits = page.GetByRole(AriaRole.Region, new() { Name = "What it waits for" });
        await Expect(waits).ToContainTextAsync("StockArrived");
        await Expect(waits).ToContainTextAsync($"{host.Day(6)} 00:00:00 UTC");
        await Expect(waits).ToContainTextAsync("On time");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Input" })).ToContainTextAsync("\"orderId\": \"acme~SO-200\"");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Output" })).ToContainTextAsync("Not finished yet.");

        // The history, as a table: the start, then each activity with when it was scheduled.
        var history = page.Locator("table.history");
        await Expect(history.Locator("caption")).ToContainTextAsync("History:");
        await Expect(history.Locator("tbody tr").First).ToContainTextAsync("ExecutionStarted");
        await Expect(history.Locator("tbody tr", new() { HasText = "ReadOrderActivity" }).First).ToContainTextAsync("TaskCompleted");
        await Expect(history.Locator("tbody tr", new() { HasText = "AllocateOrderActivity" }).First).ToContainTextAsync("TaskCompleted");

        // And as a timeline: the orchestration, its activities and the wait going on now, each bar titled.
        var timeline = page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Timeline of") });
        await Expect(timeline).ToBeVisibleAsync();
        var bars = await timeline.Locator("rect > title").AllTextContentsAsync();
        Assert.Contains(bars, t => t.StartsWith("OutboundOrderOrchestrator", StringComparison.Ordinal));
        Assert.Contains(bars, t => t.StartsWith("activity: ReadOrderActivity", StringComparison.Ordinal) && t.Contains("completed", StringComparison.Ordinal));
        Assert.Contains(bars, t => t.StartsWith("activity: AllocateOrderActivity", StringComparison.Ordinal));
        Assert.Contains(bars, t => t.StartsWith("waiting for StockArrived", StringComparison.Ordinal) && t.Contains("open", StringComparison.Ordinal));
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task Raising_the_awaited_event_from_the_json_editor_moves_on_a_notice_whose_arrival_event_was_lost()
    {
        var instanceId = await host.NoticeAsync("ASN-LOST", host.Day(7));

        // The floor's arrival committed, but the process died before raising DockArrival: the instance still waits.
        var container = host.App.Get<IDocumentStore>().GetContainer(WarehouseStore.ContainerName);
        var notice = (await container.ReadAsync<NoticeDocument>(NoticeDocument.IdOf("acme~ASN-LOST"), "acme"))!;
        await container.ReplaceAsync(notice.Value with { Progress = NoticeProgress.Receiving, ArrivedAt = host.Time.GetUtcNow() }, notice.ETag);
        Assert.True(DashboardHost.WaitsFor((await host.InstanceAsync(instanceId))!.Value, "DockArrival"));

        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await page.GotoAsync($"/api/dashboard/?view=instance&id={Uri.EscapeDataString(instanceId)}");
        var waits = page.GetByRole(AriaRole.Region, new() { Name = "What it waits for" });
        await Expect(waits).ToContainTextAsync("DockArrival");
        var eventsBefore = await page.Locator("table.history tbody tr", new() { HasText = "EventRaised" }).CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Raise event…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Raise an event on {instanceId}" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByLabel("Event name")).ToHaveValueAsync("DockArrival");

        // The payload editor refuses what is not JSON before anything is sent.
        var payload = dialog.GetByLabel("Payload (JSON)");
        await payload.FillAsync("{\"detail\": \"arrival re-raised by ops\",");
        await Expect(dialog.GetByText("Not valid JSON")).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Raise event" })).ToBeDisabledAsync();
        await payload.FillAsync("{\"detail\":\"arrival re-raised by ops\",\"at\":\"2026-01-01T00:00:00Z\"}");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Format JSON" }).ClickAsync();
        await Expect(payload).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\n  \"detail\": \"arrival re-raised by ops\""));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Raise event" }).ClickAsync();

        await Expect(page.Locator("#action-result")).ToContainTextAsync("Raise DockArrival: 202 Accepted");
        await dashboard.RefreshUntilVisibleAsync(waits.GetByText("ReceiptClosed", new() { Exact = true }), "the notice to move on to receiving");
        await Expect(waits).ToContainTextAsync("Receiving");
        await Expect(page.Locator("table.history tbody tr", new() { HasText = "EventRaised" })).ToHaveCountAsync(eventsBefore + 1);
        await Expect(page.Locator("table.history tbody tr", new() { HasText = "EventRaised" }).Last).ToContainTextAsync("DockArrival");

        var moved = await host.OkAsync(HttpMethod.Get, "/api/notices/acme~ASN-LOST", host.Keys.PublisherA);
        Assert.Equal("Receiving", moved.GetProperty("customStatus").GetProperty("stage").GetString());
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task Terminating_and_then_purging_an_order_asks_first_shows_each_result_and_cancels_the_order()
    {
        var instanceId = await host.BackorderAsync("SO-TERM", host.Day(9));
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await page.GotoAsync($"/api/dashboard/?view=instance&id={Uri.EscapeDataString(instanceId)}");
        await Expect(page.Locator("#runtime-status")).ToHaveTextAsync("Running");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Purge…" })).ToBeDisabledAsync();

        // Cancelling the dialog changes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Terminate…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Terminate {instanceId}?" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Equal("Running", (await host.InstanceAsync(instanceId))!.Value.GetProperty("runtimeStatus").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Terminate…" }).ClickAsync();
        await dialog.GetByLabel("Reason (recorded in the history)").FillAsync("customer withdrew the order (dashboard test)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Terminate" }).ClickAsync();
        await Expect(page.Locator("#action-result")).ToContainTextAsync("Terminate: 202 Accepted");
        await Expect(page.Locator("#runtime-status")).ToHaveTextAsync("Terminated");
        await Expect(page.Locator("table.history tbody tr", new() { HasText = "ExecutionTerminated" })).ToContainTextAsync("customer withdrew the order");
        var order = await host.OkAsync(HttpMethod.Get, "/api/orders/acme~SO-TERM", host.Keys.PublisherA);
        Assert.Equal("Cancelled", order.GetProperty("stage").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Purge…" }).ClickAsync();
        var purge = page.GetByRole(AriaRole.Dialog, new() { Name = $"Purge {instanceId}?" });
        await Expect(purge).ToContainTextAsync("cannot be undone");
        await purge.GetByRole(AriaRole.Button, new() { Name = "Purge" }).ClickAsync();
        await Expect(page.Locator("#action-result")).ToContainTextAsync("Purge: 200 OK");
        await Expect(page.GetByText($"No instance '{instanceId}'")).ToBeVisibleAsync();
        Assert.Null(await host.InstanceAsync(instanceId));

        // Back in the list it is gone.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Instances" }).ClickAsync();
        await page.GetByLabel("Instance id prefix").FillAsync("outbound~acme~SO-TERM");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.GetByText("No instance matches these filters.")).ToBeVisibleAsync();
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task Suspending_and_resuming_show_their_results_and_a_refused_action_shows_the_apis_problem()
    {
        var instanceId = await host.NoticeAsync("ASN-PAUSE", host.Day(8));
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await page.GotoAsync($"/api/dashboard/?view=instance&id={Uri.EscapeDataString(instanceId)}");
        await Expect(page.Locator("#runtime-status")).ToHaveTextAsync("Running");

        await page.GetByRole(AriaRole.Button, new() { Name = "Suspend…" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Suspend" }).ClickAsync();
        await Expect(page.Locator("#action-result")).ToContainTextAsync("Suspend: 202 Accepted");
        await dashboard.RefreshUntilVisibleAsync(page.Locator("#runtime-status", new() { HasText = "Suspended" }), "the instance to be suspended");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume…" })).ToBeEnabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Resume…" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(page.Locator("#action-result")).ToContainTextAsync("Resume: 202 Accepted");
        await dashboard.RefreshUntilVisibleAsync(page.Locator("#runtime-status", new() { HasText = "Running" }), "the instance to run again");

        // Rewind only applies to a failed instance: the button says so instead of sending a request that would be refused.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Rewind…" })).ToBeDisabledAsync();

        // Someone else terminates it meanwhile: the page, not refreshed yet, sends the suspend and shows the API's refusal.
        // The page's own looks after the resume must be over first, or one of them would show the termination.
        await page.GetByLabel("Auto-refresh (10 s)").UncheckAsync();
        await Expect(page.Locator("#action-result[data-follow-ups='0']")).ToBeAttachedAsync(new() { Timeout = 10_000 });
        await host.OkAsync(HttpMethod.Post, $"/api/runtime/webhooks/durabletask/instances/{instanceId}/terminate?reason=elsewhere", host.Keys.Ops);
        await page.GetByRole(AriaRole.Button, new() { Name = "Suspend…" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Suspend" }).ClickAsync();
        await Expect(page.Locator("#action-result")).ToContainTextAsync($"Suspend: 410 Gone — Instance '{instanceId}' is already Terminated.");
        await Expect(page.Locator("#runtime-status")).ToHaveTextAsync("Terminated");
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }
}
