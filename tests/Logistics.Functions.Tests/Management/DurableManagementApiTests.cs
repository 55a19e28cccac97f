using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Orchestration;

namespace Logistics.Functions.Tests.Management;

/// <summary>The Durable-shaped management API over real HTTP: status, events, lifecycle commands, listing and purging.</summary>
public sealed class DurableManagementApiTests : IClassFixture<ManagementApiHost>
{
    private const string Api = "/runtime/webhooks/durabletask/instances";
    private readonly ManagementApiHost _host;

    public DurableManagementApiTests(ManagementApiHost host) => _host = host;

    [Fact]
    public async Task GetInstance_Unknown_Is404ProblemDetails()
    {
        using var client = _host.CreateClient();
        using var response = await client.SendAsync(HttpMethod.Get, $"{Api}/nobody-here", _host.Keys.Ops);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetInstance_WhileWaiting_Is202WithLocationRetryAfterAndCustomStatus()
    {
        var id = await _host.StartWaitingAsync("mgmt-get-running");
        using var client = _host.CreateClient();

        using var response = await client.SendAsync(HttpMethod.Get, $"{Api}/{id}", _host.Keys.Ops);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.EndsWith($"{Api}/{id}", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
        var body = await response.JsonAsync();
        Assert.Equal(id, body.GetProperty("instanceId").GetString());
        Assert.Equal(ManagementApiHost.WaitingOrchestrator, body.GetProperty("name").GetString());
        Assert.Equal("Running", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Approval", body.GetProperty("customStatus").GetProperty("waitingFor").GetString());
        Assert.Equal("order-1", body.GetProperty("input").GetString());
    }

    [Fact]
    public async Task RaiseEvent_CompletesTheWait_ThenStatusIs200WithOutputAndHistory()
    {
        var id = await _host.StartWaitingAsync("mgmt-raise");
        using var client = _host.CreateClient();

        using var raised = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", _host.Keys.Ops, "\"by-ops\"");
        Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        await _host.CompletionAsync(id);

        using var plain = await client.SendAsync(HttpMethod.Get, $"{Api}/{id}?showHistory=true", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var body = await plain.JsonAsync();
        Assert.Equal("Completed", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("approved:by-ops", body.GetProperty("output").GetString());
        var history = body.GetProperty("historyEvents").EnumerateArray().ToList();
        var raisedEvent = Assert.Single(history, e => e.GetProperty("EventType").GetString() == "EventRaised");
        Assert.False(raisedEvent.TryGetProperty("Input", out _), "payloads appear only with showHistoryOutput=true");
        Assert.Contains(history, e => e.GetProperty("EventType").GetString() == "ExecutionCompleted");

        using var withOutput = await client.SendAsync(HttpMethod.Get, $"{Api}/{id}?showHistory=true&showHistoryOutput=true", _host.Keys.Ops);
        var detailed = (await withOutput.JsonAsync()).GetProperty("historyEvents").EnumerateArray()
            .Single(e => e.GetProperty("EventType").GetString() == "EventRaised");
        Assert.Equal("by-ops", detailed.GetProperty("Input").GetString());
    }

    [Fact]
    public async Task RaiseEvent_OnCompletedInstance_Is410AndUnknownIs404()
    {
        var id = await _host.StartWaitingAsync("mgmt-raise-gone");
        await _host.Client.RaiseEventAsync(id, "Approval", "first");
        await _host.CompletionAsync(id);
        using var client = _host.CreateClient();

        using var gone = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", _host.Keys.Ops, "\"late\"");
        using var unknown = await client.SendAsync(HttpMethod.Post, $"{Api}/nobody-here/raiseEvent/Approval", _host.Keys.Ops, "\"x\"");

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RaiseEvent_WithMalformedJson_Is400AndDeliversNothing()
    {
        var id = await _host.StartWaitingAsync("mgmt-raise-bad");
        using var client = _host.CreateClient();

        using var response = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", _host.Keys.Ops, "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var instance = await _host.Client.GetInstanceAsync(id, includeHistory: true);
        Assert.DoesNotContain(instance!.History!, e => e.EventType == HistoryEventType.EventRaised);
    }

    [Fact]
    public async Task Terminate_StopsTheInstance_AndASecondTerminateIs410()
    {
        var id = await _host.StartWaitingAsync("mgmt-terminate");
        using var client = _host.CreateClient();

        using var first = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/terminate?reason=duplicate%20order", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var done = await _host.CompletionAsync(id);
        using var second = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/terminate", _host.Keys.Ops);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
    }

    [Fact]
    public async Task SuspendThenResume_BuffersTheEventRaisedWhileSuspended()
    {
        var id = await _host.StartWaitingAsync("mgmt-suspend");
        using var client = _host.CreateClient();

        using var suspend = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/suspend?reason=inspection", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Accepted, suspend.StatusCode);
        await Eventually.TrueAsync(
            async () => (await _host.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Suspended,
            "the instance to be suspended");
        using var raise = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", _host.Keys.Ops, "\"while-suspended\"");
        Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await _host.Client.GetInstanceAsync(id))!.RuntimeStatus);

        using var resume = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/resume", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        var done = await _host.CompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("approved:while-suspended", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Rewind_OfAFailedInstance_RunsTheFailedActivityAgain_AndIs410WhenNotFailed()
    {
        ManagementApiHost.FailActivities = true;
        var id = await _host.Client.ScheduleNewOrchestrationInstanceAsync(
            ManagementApiHost.FlakyOrchestrator, null, new Orchestration.Client.StartOrchestrationOptions { InstanceId = "mgmt-rewind" });
        var failed = await _host.CompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        using var client = _host.CreateClient();
        using var failedStatus = await client.SendAsync(HttpMethod.Get, $"{Api}/{id}?returnInternalServerErrorOnFailure=true", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.InternalServerError, failedStatus.StatusCode);

        ManagementApiHost.FailActivities = false;
        using var rewind = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/rewind?reason=carrier%20back", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Accepted, rewind.StatusCode);
        await Eventually.TrueAsync(
            async () => (await _host.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            "the rewound instance to complete");
        using var again = await client.SendAsync(HttpMethod.Post, $"{Api}/{id}/rewind", _host.Keys.Ops);

        Assert.Equal("recovered", (await _host.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.ReadOutputAs<string>());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task ListInstances_PagesWithTheContinuationHeader_AndFiltersByStatusAndPrefix()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
            ids.Add(await _host.StartWaitingAsync($"mgmt-list-{i}"));
        await _host.Client.RaiseEventAsync(ids[0], "Approval", "x");
        await _host.CompletionAsync(ids[0]);
        using var client = _host.CreateClient();

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}?instanceIdPrefix=mgmt-list-&top=2");
            request.Headers.Add("X-Api-Key", _host.Keys.Ops);
            if (token is not null)
                request.Headers.Add("x-ms-continuation-token", token);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("instanceId").GetString()!).ToList();
            Assert.InRange(page.Count, 0, 2);
            seen.AddRange(page);
            token = response.Headers.TryGetValues("x-ms-continuation-token", out var values) ? values.Single() : null;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.True(pages >= 3, $"5 instances at 2 a page take at least 3 pages, got {pages}");

        using var completed = await client.SendAsync(HttpMethod.Get, $"{Api}?instanceIdPrefix=mgmt-list-&runtimeStatus=Completed", _host.Keys.Ops);
        var completedIds = (await completed.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("instanceId").GetString()).ToList();
        Assert.Equal([ids[0]], completedIds);
    }

    [Theory]
    [InlineData("runtimeStatus=Sleeping", "/runtimeStatus")]
    [InlineData("createdTimeFrom=yesterday", "/createdTimeFrom")]
    [InlineData("top=0", "/top")]
    public async Task ListInstances_WithABadFilter_Is400NamingTheParameter(string query, string pointer)
    {
        using var client = _host.CreateClient();
        using var response = await client.SendAsync(HttpMethod.Get, $"{Api}?{query}", _host.Keys.Ops);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray();
        Assert.Contains(errors, e => e.GetProperty("pointer").GetString() == pointer);
    }

    [Fact]
    public async Task PurgeOne_RefusesARunningInstance_ThenDeletesACompletedOne()
    {
        var id = await _host.StartWaitingAsync("mgmt-purge-one");
        using var client = _host.CreateClient();

        using var running = await client.SendAsync(HttpMethod.Delete, $"{Api}/{id}", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Conflict, running.StatusCode);
        Assert.NotNull(await _host.Client.GetInstanceAsync(id));

        await _host.Client.RaiseEventAsync(id, "Approval", "ok");
        await _host.CompletionAsync(id);
        using var purged = await client.SendAsync(HttpMethod.Delete, $"{Api}/{id}", _host.Keys.Ops);
        using var again = await client.SendAsync(HttpMethod.Delete, $"{Api}/{id}", _host.Keys.Ops);

        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal(1, (await purged.JsonAsync()).GetProperty("instancesDeleted").GetInt32());
        Assert.Null(await _host.Client.GetInstanceAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task PurgeMany_NeedsCreatedTimeFrom_AndDeletesOnlyTerminalInstancesInTheRange()
    {
        var from = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O");
        var done = await _host.StartWaitingAsync("mgmt-purge-many-done");
        var running = await _host.StartWaitingAsync("mgmt-purge-many-running");
        await _host.Client.RaiseEventAsync(done, "Approval", "ok");
        await _host.CompletionAsync(done);
        using var client = _host.CreateClient();

        using var bare = await client.SendAsync(HttpMethod.Delete, Api, _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);

        using var purged = await client.SendAsync(
            HttpMethod.Delete, $"{Api}?createdTimeFrom={Uri.EscapeDataString(from)}&runtimeStatus=Completed", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.True((await purged.JsonAsync()).GetProperty("instancesDeleted").GetInt32() >= 1);
        Assert.Null(await _host.Client.GetInstanceAsync(done));
        Assert.NotNull(await _host.Client.GetInstanceAsync(running));

        var future = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
        using var none = await client.SendAsync(HttpMethod.Delete, $"{Api}?createdTimeFrom={Uri.EscapeDataString(future)}", _host.Keys.Ops);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Theory]
    [InlineData("/runtime/webhooks/durabletask/instances")]
    [InlineData("/api/runtime/webhooks/durabletask/instances")]
    public async Task EveryRoute_NeedsAnOpsKey_AtBothPaths(string path)
    {
        using var client = _host.CreateClient();
        Assert.False(client.BaseAddress!.IsDefaultPort, $"expected Kestrel on an ephemeral port, got {client.BaseAddress}");
        using var none = await client.SendAsync(HttpMethod.Get, path, null);
        using var publisher = await client.SendAsync(HttpMethod.Get, path, _host.Keys.PublisherA);
        using var floor = await client.SendAsync(HttpMethod.Post, $"{path}/any/terminate", _host.Keys.Floor);
        using var ops = await client.SendAsync(HttpMethod.Get, path, _host.Keys.Ops);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publisher.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, floor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await ops.JsonAsync()).ValueKind);
    }
}
