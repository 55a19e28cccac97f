using Logistics.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Logistics.Dashboard.Tests;

/// <summary>The page at 1280×800 and at a tablet's width (screenshots kept as test artifacts), labels, keyboard use.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LayoutAndAccessibilityTests(DashboardHost host)
{
    // Every form control named by a label, aria-label or its text; every table with a caption; every image with a name.
    private const string Unlabelled = """
        () => [...document.querySelectorAll('input, select, textarea, button, table, svg[role="img"]')]
          .filter(el => el.offsetParent !== null || el.tagName === 'svg')
          .filter(el => {
            if (el.tagName === 'TABLE') return !el.querySelector('caption')?.textContent.trim();
            if (el.tagName.toLowerCase() === 'svg') return !el.getAttribute('aria-label');
            if (el.tagName === 'BUTTON') return !(el.textContent.trim() || el.getAttribute('aria-label'));
            return !((el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
          })
          .map(el => el.outerHTML.slice(0, 120))
        """;

    private const string HorizontalOverflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    [Theory]
    [InlineData(1280, 800, "1280x800")]
    [InlineData(768, 1024, "tablet-768x1024")]
    public async Task The_list_and_a_detail_view_fit_the_width_and_are_saved_as_screenshots(int width, int height, string name)
    {
        await using var dashboard = await host.OpenAsync(width, height);
        var page = dashboard.Page;
        await dashboard.SignInAsync(host.Keys.Ops);
        await Expect(page.Locator("table.instances tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Instances created per") })).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>(HorizontalOverflow));
        Assert.Empty(await page.EvaluateAsync<string[]>(Unlabelled));
        var list = await dashboard.ScreenshotAsync($"instances-{name}");

        await page.GetByRole(AriaRole.Link, new() { Name = "outbound~acme~SO-201" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "outbound~acme~SO-201", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("table.history tbody tr").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>(HorizontalOverflow));
        Assert.Empty(await page.EvaluateAsync<string[]>(Unlabelled));
        var detail = await dashboard.ScreenshotAsync($"detail-{name}");

        await dashboard.NavigateAsync("Warehouse work", "Warehouse work");
        Assert.Equal(0, await page.EvaluateAsync<int>(HorizontalOverflow));
        await dashboard.ScreenshotAsync($"work-{name}");

        Assert.True(new FileInfo(list).Length > 10_000, list);
        Assert.True(new FileInfo(detail).Length > 10_000, detail);
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }

    [Fact]
    public async Task The_dashboard_works_from_the_keyboard_alone()
    {
        await using var dashboard = await host.OpenAsync();
        var page = dashboard.Page;

        // Sign in without a mouse: the key field has focus, Enter submits.
        await Expect(page.GetByLabel("Ops key")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(host.Keys.Ops);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orchestration instances", Level = 1 })).ToBeFocusedAsync();

        // From the top of a freshly loaded page, the first Tab reaches the skip link, then the navigation.
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orchestration instances", Level = 1 })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Instances" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Warehouse work", Level = 1 })).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Warehouse work" })).ToHaveAttributeAsync("aria-current", "page");

        // An instance, opened and acted on by keyboard; Escape cancels the dialog and nothing is sent.
        var link = page.Locator("table.work tbody tr", new() { HasText = "ASN-101" }).GetByRole(AriaRole.Link);
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "inbound~acme~ASN-101", Level = 1 })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Terminate…" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByLabel("Reason (recorded in the history)")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal("Running", (await host.InstanceAsync("inbound~acme~ASN-101"))!.Value.GetProperty("runtimeStatus").GetString());

        // Browser history works too.
        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Warehouse work", Level = 1 })).ToBeVisibleAsync();
        dashboard.AssertOnlyAppRequestsAndNoErrors();
    }
}
