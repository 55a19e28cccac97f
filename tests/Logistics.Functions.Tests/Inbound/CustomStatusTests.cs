using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>
/// Invariant 4 as ops see it through the management API: the custom status names what the instance waits for and
/// until when, in the app's JSON conventions (camelCase members, enums as strings), and a missed deadline flags the
/// wait as overdue without ending it.
/// </summary>
public sealed class CustomStatusTests
{
    private const string Status = "/api/runtime/webhooks/durabletask/instances/inbound~acme~CS-1";

    [Fact]
    public async Task The_custom_status_is_camelCase_names_the_deadline_and_turns_overdue_once_the_clock_passes_it_while_the_wait_goes_on()
    {
        await using var host = await InboundHost.StartAsync();
        var deadline = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
            """{"noticeNumber":"CS-1","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":1,"unit":"CA"}]}""");
        await host.WaitForNoticeAsync("acme~CS-1", n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");

        var waiting = await InstanceAsync(host);
        var status = waiting.GetProperty("customStatus");
        Assert.Equal(
            ["message", "nextCheck", "openTasks", "overdue", "pending", "stage", "until", "waitingFor"],
            status.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("AwaitingArrival", status.GetProperty("stage").GetString());
        Assert.Equal("DockArrival", status.GetProperty("waitingFor").GetString());
        Assert.Equal(deadline, status.GetProperty("until").GetDateTimeOffset());
        Assert.False(status.GetProperty("overdue").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), status.GetProperty("nextCheck").GetDateTimeOffset());
        Assert.Contains("until 2026-11-23T00:00:00Z", status.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The orchestration's input follows the same conventions; it carries the notice as the intake committed it, so the
        // instance waits at once without reading the notice first. The notice's progress, an enum, is a string.
        var input = waiting.GetProperty("input");
        Assert.Equal(["accepted", "noticeId", "ownerId"], input.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(deadline, input.GetProperty("accepted").GetProperty("arrivalDeadline").GetDateTimeOffset());
        Assert.Equal("AwaitingArrival", input.GetProperty("accepted").GetProperty("progress").GetString());
        Assert.DoesNotContain(waiting.GetProperty("historyEvents").EnumerateArray(), e => e.GetProperty("EventType").GetString() == "TaskScheduled");

        host.Time.Advance(TimeSpan.FromDays(2));
        var overdue = await host.WaitForNoticeAsync("acme~CS-1", n => n.GetProperty("customStatus").GetProperty("overdue").GetBoolean(), "the overdue flag");

        var late = overdue.GetProperty("customStatus");
        Assert.Equal("Running", overdue.GetProperty("runtimeStatus").GetString());
        Assert.Equal("AwaitingArrival", late.GetProperty("stage").GetString());
        Assert.Equal("DockArrival", late.GetProperty("waitingFor").GetString());
        Assert.Equal(deadline, late.GetProperty("until").GetDateTimeOffset());
        Assert.StartsWith("Overdue", late.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(late.GetProperty("nextCheck").GetDateTimeOffset() > host.Time.GetUtcNow().AddHours(-4));

        // The deadline's timer re-read the notice; activity results follow the same conventions as the input.
        var read = (await InstanceAsync(host)).GetProperty("historyEvents").EnumerateArray()
            .First(e => e.GetProperty("EventType").GetString() == "TaskCompleted" && e.GetProperty("FunctionName").GetString() == "ReadNoticeActivity");
        Assert.Equal(deadline, read.GetProperty("Result").GetProperty("arrivalDeadline").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.String, read.GetProperty("Result").GetProperty("progress").ValueKind);
        Assert.Equal("AwaitingArrival", read.GetProperty("Result").GetProperty("progress").GetString());

        // Late goods are still received: the arrival moves the waiting instance on.
        await host.OkAsync(HttpMethod.Post, "/api/notices/acme~CS-1/arrival", host.Keys.Floor);
        var receiving = await host.WaitForNoticeAsync("acme~CS-1", n => InboundHost.AtStage(n, "Receiving"), "receiving");
        Assert.Equal("ReceiptClosed", receiving.GetProperty("customStatus").GetProperty("waitingFor").GetString());
        Assert.Equal(JsonValueKind.Null, receiving.GetProperty("customStatus").GetProperty("until").ValueKind);
    }

    private static async Task<JsonElement> InstanceAsync(InboundHost host)
    {
        using var response = await host.Client.SendAsync(HttpMethod.Get, $"{Status}?showHistory=true&showHistoryOutput=true", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.JsonAsync();
    }
}
