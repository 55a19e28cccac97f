using Logistics.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Logistics.Dashboard.Tests;

/// <summary>The page signs in with an ops key kept in session storage, never in a URL; its data API refuses anyone else.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardHost host)
{
    [Fact]
    public async Task Signing_in_takes_only_an_ops_key_and_keeps_it_in_session_storage_never_in_a_url()
    {
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard views" })).ToBeHiddenAsync();

        await page.GetByLabel("Ops key").FillAsync("lgk_not-a-real-key-but-long-enough-to-look-real");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The key is unknown or revoked.");

        await page.GetByLabel("Ops key").FillAsync(host.Keys.Floor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not an ops key");
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('logistics.dashboard.opsKey')"));

        await dashboard.SignInAsync(host.Keys.Ops);
        Assert.Equal(host.Keys.Ops, await page.EvaluateAsync<string?>("() => sessionStorage.getItem('logistics.dashboard.opsKey')"));
        Assert.Equal(string.Empty, await page.GetByLabel("Ops key").InputValueAsync());

        // A reload keeps the session (the tab's storage); moving between views never puts the key in the address.
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orchestration instances", Level = 1 })).ToBeVisibleAsync();
        await dashboard.NavigateAsync("Warehouse work", "Warehouse work");
        await dashboard.NavigateAsync("Dead letters", "Dead letters");
        Assert.DoesNotContain(host.Keys.Ops, page.Url, StringComparison.Ordinal);
        Assert.All(dashboard.Requests, url => Assert.DoesNotContain(host.Keys.Ops, url, StringComparison.Ordinal));
        Assert.All(dashboard.Requests, url => Assert.DoesNotContain(host.Keys.Floor, url, StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('logistics.dashboard.opsKey')"));
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task The_pages_data_api_refuses_a_request_without_a_key_or_with_another_role_like_every_ops_endpoint()
    {
        await using var dashboard = await host.OpenAsync();

        // From inside the page, as a script that skipped sign-in would try.
        var statuses = await dashboard.Page.EvaluateAsync<int[]>(
            """
            async ([publisher, floor]) => Promise.all([
              fetch('../ops/dashboard/work').then(r => r.status),
              fetch('../ops/dashboard/meta', { headers: { 'X-Api-Key': floor } }).then(r => r.status),
              fetch('../ops/dashboard/pending-stock', { headers: { 'X-Api-Key': publisher } }).then(r => r.status),
              fetch('../ops/events/dead-letters/redrive', { method: 'POST', headers: { 'X-Api-Key': publisher, 'Content-Type': 'application/json' }, body: '{"subscription":"billing"}' }).then(r => r.status),
              fetch('../runtime/webhooks/durabletask/instances').then(r => r.status),
            ])
            """,
            new[] { host.Keys.PublisherA, host.Keys.Floor });

        Assert.Equal([401, 403, 403, 403, 401], statuses);
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }
}
