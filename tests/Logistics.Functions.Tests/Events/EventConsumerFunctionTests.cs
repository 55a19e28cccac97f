using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Functions.Tests.Inbound;

namespace Logistics.Functions.Tests.Events;

/// <summary>
/// The consumers as the app runs them: their timer declarations fire in the local runtime on the test clock, drain the
/// embedded queue, and what they wrote is read through the API.
/// </summary>
public sealed class EventConsumerFunctionTests
{
    [Fact]
    public async Task The_consumer_timers_carry_a_posted_notice_to_the_billing_rater_and_the_daily_activity()
    {
        await using var host = await InboundHost.StartAsync();
        await host.PutItemAsync(host.Keys.PublisherA, "EV-ITEM", """{"description":"Event item"}""");
        await host.OkAsync(HttpMethod.Put, $"/api/ops/billing/rate-cards/{TestKeys.PublisherAId}/2026-11-01", host.Keys.Ops,
            """{"currency":"EUR","rates":[{"service":"receiving","basis":"pallet","price":12.5}]}""");
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
            """{"noticeNumber":"EV-1","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"EV-ITEM","quantity":5,"unit":"EA"}]}""");
        await host.OkAsync(HttpMethod.Post, $"/api/notices/{TestKeys.PublisherAId}~EV-1/arrival", host.Keys.Floor);
        var empty = await host.OkAsync(HttpMethod.Get, "/api/activity", host.Keys.PublisherA);
        Assert.Equal(0, empty.GetArrayLength());

        // The next occurrence of the consumers' schedule (every 30 seconds).
        await host.Time.WaitForTimersAsync(1);
        host.Time.Advance(TimeSpan.FromSeconds(30));

        // Both events (acceptance and arrival): the consumer may have counted one when the day first appears.
        await Eventually.TrueAsync(
            async () => (await host.OkAsync(HttpMethod.Get, "/api/activity", host.Keys.PublisherA)) is { ValueKind: JsonValueKind.Array } days
                && days.GetArrayLength() == 1 && days[0].GetProperty("events").EnumerateObject().Count() == 2,
            "the reporting consumer to count the notice and its arrival");
        var day = (await host.OkAsync(HttpMethod.Get, "/api/activity?from=2026-11-21&to=2026-11-21", host.Keys.PublisherA))[0];
        Assert.Equal("2026-11-21", day.GetProperty("date").GetString());
        Assert.Equal(1, day.GetProperty("events").GetProperty("InboundNoticeAccepted").GetInt32());
        Assert.Equal(1, day.GetProperty("events").GetProperty("DockArrival").GetInt32());
        Assert.Equal(5, day.GetProperty("units").GetProperty("InboundNoticeAccepted").GetInt32());
        // The acceptance is no work and charges nothing; the arrival is, per pallet, but reports no pallet count: flagged.
        var charges = $"/api/ops/billing/charges?owner={TestKeys.PublisherAId}&period=2026-11";
        await Eventually.TrueAsync(
            async () => (await host.OkAsync(HttpMethod.Get, charges, host.Keys.Ops)).GetProperty("items").GetArrayLength() == 1,
            "the billing consumer to rate the arrival");
        var line = (await host.OkAsync(HttpMethod.Get, charges + "&status=unrated", host.Keys.Ops)).GetProperty("items")[0];
        Assert.Equal(("DockArrival", $"{TestKeys.PublisherAId}~EV-1/arrived", "pallet count not reported"),
            (line.GetProperty("eventType").GetString(), line.GetProperty("eventId").GetString(), line.GetProperty("reason").GetString()));
        Assert.Equal(0, (await host.OkAsync(HttpMethod.Get, charges + "&status=rated", host.Keys.Ops)).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/activity?from=21-11-2026", "/from")]
    [InlineData("/api/activity?from=2026-11-22&to=2026-11-21", "/from")]
    [InlineData("/api/activity?from=2025-01-01&to=2026-11-21", "/from")]
    [InlineData("/api/ops/billing/charges?period=2026-11", "/owner")]
    [InlineData("/api/ops/billing/charges?owner=acme&period=2026-13", "/period")]
    [InlineData("/api/ops/billing/charges?owner=acme&status=billed", "/status")]
    public async Task Bad_queries_get_a_problem_naming_the_parameter(string path, string pointer)
    {
        await using var host = await InboundHost.StartAsync();
        var key = path.StartsWith("/api/ops/", StringComparison.Ordinal) ? host.Keys.Ops : host.Keys.PublisherA;

        using var response = await host.Client.SendAsync(HttpMethod.Get, path, key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(pointer, (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
    }
}
