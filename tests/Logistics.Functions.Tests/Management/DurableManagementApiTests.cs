using System.Globalization;
using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Tests.Management;

/// <summary>
/// The Durable-shaped management API over real HTTP at <c>/api/runtime/webhooks/durabletask</c>: status (200/202/404/500),
/// history, listing with <c>x-ms-continuation-token</c>, raising events, terminate/suspend/resume/rewind (202/404/410)
/// and purging one or many (200/404/409).
/// </summary>
public sealed class DurableManagementApiTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private const string Api = "/api/runtime/webhooks/durabletask/instances";

    [Fact]
    public async Task An_unknown_instance_answers_404_problem_details()
    {
        using var response = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/nobody-here", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:logistics:problem:not-found", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_waiting_instance_answers_202_with_Location_Retry_After_input_and_custom_status()
    {
        var id = await host.StartWaitingAsync("mgmt-get-running");

        using var response = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(new Uri(host.Http.BaseAddress!, $"{Api}/{id}"), response.Headers.Location);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
        var body = await response.JsonAsync();
        Assert.Equal(id, body.GetProperty("instanceId").GetString());
        Assert.Equal(nameof(ManagementTestTasks.WaitForApprovalOrchestrator), body.GetProperty("name").GetString());
        Assert.Equal("Running", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Approval", body.GetProperty("customStatus").GetProperty("waitingFor").GetString());
        Assert.Equal("order-1", body.GetProperty("input").GetString());
        Assert.InRange(body.GetProperty("createdTime").GetDateTimeOffset(), ManagementApiHost.Start, host.Time.GetUtcNow());
        Assert.False(body.TryGetProperty("historyEvents", out _));

        using var withoutInput = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}?showInput=false", host.Keys.Ops);
        Assert.Equal(JsonValueKind.Null, (await withoutInput.JsonAsync()).GetProperty("input").ValueKind);
    }

    [Fact]
    public async Task Raising_the_awaited_event_completes_the_instance_whose_status_is_then_200_with_output_and_history()
    {
        var id = await host.StartWaitingAsync("mgmt-raise");

        using (var raised = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", host.Keys.Ops, "\"by-ops\""))
        {
            Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        }

        await host.CompletionAsync(id);
        using var plain = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}?showHistory=true", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var body = await plain.JsonAsync();
        Assert.Equal("Completed", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("approved:by-ops", body.GetProperty("output").GetString());
        var history = body.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal("ExecutionStarted", history[0].GetProperty("EventType").GetString());
        Assert.Equal(nameof(ManagementTestTasks.WaitForApprovalOrchestrator), history[0].GetProperty("FunctionName").GetString());
        var raisedEvent = Assert.Single(history, e => e.GetProperty("EventType").GetString() == "EventRaised");
        Assert.Equal("Approval", raisedEvent.GetProperty("FunctionName").GetString());
        Assert.False(raisedEvent.TryGetProperty("Input", out _), "payloads appear only with showHistoryOutput=true");
        var completed = Assert.Single(history, e => e.GetProperty("EventType").GetString() == "ExecutionCompleted");
        Assert.Equal("Completed", completed.GetProperty("OrchestrationStatus").GetString());
        Assert.DoesNotContain(history, e => e.GetProperty("EventType").GetString() is "OrchestratorStarted" or "OrchestratorCompleted");

        using var withOutput = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}?showHistory=true&showHistoryOutput=true", host.Keys.Ops);
        var detailed = (await withOutput.JsonAsync()).GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal("by-ops", detailed.Single(e => e.GetProperty("EventType").GetString() == "EventRaised").GetProperty("Input").GetString());
        Assert.Equal("approved:by-ops", detailed.Single(e => e.GetProperty("EventType").GetString() == "ExecutionCompleted").GetProperty("Result").GetString());
    }

    [Fact]
    public async Task Raising_an_event_on_a_completed_instance_answers_410_and_on_an_unknown_one_404()
    {
        var id = await host.StartWaitingAsync("mgmt-raise-gone");
        await host.Durable.RaiseEventAsync(id, ManagementTestTasks.ApprovalEvent, "first");
        await host.CompletionAsync(id);

        using var gone = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", host.Keys.Ops, "\"late\"");
        using var unknown = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/nobody-here/raiseEvent/Approval", host.Keys.Ops, "\"x\"");

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("urn:logistics:problem:gone", (await gone.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("approved:first", (await host.CompletionAsync(id)).ReadOutputAs<string>());
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData(null, HttpStatusCode.RequestEntityTooLarge)]
    public async Task A_malformed_or_oversized_event_payload_is_refused_and_delivers_nothing(string? payload, HttpStatusCode expected)
    {
        var id = await host.StartWaitingAsync($"mgmt-raise-bad-{(int)expected}");

        using var response = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", host.Keys.Ops, payload ?? $"\"{new string('x', 70 * 1024)}\"");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var history = await host.Durable.GetOrchestrationHistoryAsync(id);
        Assert.DoesNotContain(history, e => e.EventType == global::DurableTask.Core.History.EventType.EventRaised);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Durable.GetInstanceAsync(id))!.RuntimeStatus);
    }

    [Fact]
    public async Task Terminate_stops_the_instance_with_its_reason_and_a_second_terminate_answers_410()
    {
        var id = await host.StartWaitingAsync("mgmt-terminate");

        using var first = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/terminate?reason=duplicate%20order", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var done = await host.CompletionAsync(id);
        using var second = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/terminate", host.Keys.Ops);
        using var unknown = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/nobody-here/terminate", host.Keys.Ops);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var status = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}?showHistory=true", host.Keys.Ops);
        var body = await status.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("Terminated", body.GetProperty("runtimeStatus").GetString());
        Assert.Contains("duplicate order", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspend_then_resume_keeps_the_event_raised_while_suspended_for_after_the_resume()
    {
        var id = await host.StartWaitingAsync("mgmt-suspend");

        using (var suspend = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/suspend?reason=inspection", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, suspend.StatusCode);
        }

        await Eventually.TrueAsync(
            async () => (await host.Durable.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Suspended,
            "the instance to be suspended");
        using (var raise = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/raiseEvent/Approval", host.Keys.Ops, "\"while-suspended\""))
        {
            Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);
        }

        using (var status = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, status.StatusCode);
            Assert.Equal("Suspended", (await status.JsonAsync()).GetProperty("runtimeStatus").GetString());
        }

        using (var resume = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/resume?reason=cleared", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        }

        var done = await host.CompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("approved:while-suspended", done.ReadOutputAs<string>());
        using var afterwards = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/suspend", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.Gone, afterwards.StatusCode);
    }

    [Fact]
    public async Task Rewind_runs_the_failed_activity_of_a_failed_instance_again_and_answers_410_when_it_is_not_failed()
    {
        host.Flaky.Failing = true;
        var id = await host.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(ManagementTestTasks.FlakyOrchestrator), null, new Microsoft.DurableTask.StartOrchestrationOptions("mgmt-rewind"));
        var failed = await host.CompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);

        using (var asOk = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.OK, asOk.StatusCode);
            var body = await asOk.JsonAsync();
            Assert.Equal("Failed", body.GetProperty("runtimeStatus").GetString());
            Assert.Contains("The carrier system is down.", body.GetProperty("output").GetString(), StringComparison.Ordinal);
        }

        using (var as500 = await host.Http.SendAsync(HttpMethod.Get, $"{Api}/{id}?returnInternalServerErrorOnFailure=true", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, as500.StatusCode);
            Assert.Equal("Failed", (await as500.JsonAsync()).GetProperty("runtimeStatus").GetString());
        }

        host.Flaky.Failing = false;
        using (var rewind = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/rewind?reason=carrier%20back", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, rewind.StatusCode);
        }

        await Eventually.TrueAsync(
            async () => (await host.Durable.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            "the rewound instance to complete");
        using var again = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/{id}/rewind", host.Keys.Ops);

        Assert.Equal("recovered", (await host.Durable.GetInstanceAsync(id, getInputsAndOutputs: true))!.ReadOutputAs<string>());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        using var unknown = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/nobody-here/rewind", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Listing_pages_with_the_continuation_header_and_filters_by_status_and_prefix()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await host.StartWaitingAsync($"mgmt-list-{i}"));
        }

        await host.Durable.RaiseEventAsync(ids[0], ManagementTestTasks.ApprovalEvent, "x");
        await host.CompletionAsync(ids[0]);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}?instanceIdPrefix=mgmt-list-&top=2");
            request.Headers.Add("X-Api-Key", host.Keys.Ops);
            if (token is not null)
            {
                request.Headers.Add("x-ms-continuation-token", token);
            }

            using var response = await host.Http.SendAsync(request);
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

        using var completed = await host.Http.SendAsync(HttpMethod.Get, $"{Api}?instanceIdPrefix=mgmt-list-&runtimeStatus=Completed", host.Keys.Ops);
        Assert.Equal([ids[0]], (await completed.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("instanceId").GetString()));
        using var running = await host.Http.SendAsync(HttpMethod.Get, $"{Api}?instanceIdPrefix=mgmt-list-&runtimeStatus=Running,Pending&showInput=true", host.Keys.Ops);
        var runningInstances = (await running.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(ids.Skip(1).Order(StringComparer.Ordinal), runningInstances.Select(e => e.GetProperty("instanceId").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(runningInstances, e => Assert.Equal("order-1", e.GetProperty("input").GetString()));
    }

    [Fact]
    public async Task Listing_with_a_continuation_token_the_api_did_not_issue_answers_400_naming_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}?top=2");
        request.Headers.Add("X-Api-Key", host.Keys.Ops);
        request.Headers.Add("x-ms-continuation-token", "not-a-token");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("/x-ms-continuation-token", error.GetProperty("pointer").GetString());
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("other filter")]
    public async Task Listing_with_an_altered_or_replayed_continuation_token_answers_400_naming_the_header(string how)
    {
        for (var i = 0; i < 3; i++)
        {
            await host.StartWaitingAsync($"mgmt-token-{how.Replace(' ', '-')}-{i}");
        }

        var prefix = $"mgmt-token-{how.Replace(' ', '-')}-";
        using var first = await host.Http.SendAsync(HttpMethod.Get, $"{Api}?instanceIdPrefix={prefix}&top=1", host.Keys.Ops);
        var token = first.Headers.GetValues("x-ms-continuation-token").Single();
        var (query, sent) = how switch
        {
            "truncated" => ($"instanceIdPrefix={prefix}&top=1", token[..^3]),
            "flipped" => ($"instanceIdPrefix={prefix}&top=1", token[..(token.Length / 2)] + (token[token.Length / 2] == 'A' ? 'B' : 'A') + token[(token.Length / 2 + 1)..]),
            _ => ("instanceIdPrefix=mgmt-&top=1", token),
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}?{query}");
        request.Headers.Add("X-Api-Key", host.Keys.Ops);
        request.Headers.Add("x-ms-continuation-token", sent);

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("/x-ms-continuation-token", error.GetProperty("pointer").GetString());
    }

    [Theory]
    [InlineData("runtimeStatus=Sleeping", "/runtimeStatus")]
    [InlineData("createdTimeFrom=yesterday", "/createdTimeFrom")]
    [InlineData("createdTimeFrom=2026-11-22T00:00:00Z&createdTimeTo=2026-11-21T00:00:00Z", "/createdTimeFrom")]
    [InlineData("top=0", "/top")]
    [InlineData("showInput=maybe", "/showInput")]
    public async Task Listing_with_a_bad_filter_answers_400_naming_the_parameter(string query, string pointer)
    {
        using var response = await host.Http.SendAsync(HttpMethod.Get, $"{Api}?{query}", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray();
        Assert.Contains(errors, e => e.GetProperty("pointer").GetString() == pointer);
    }

    [Fact]
    public async Task Purging_one_instance_refuses_a_running_one_with_409_then_deletes_it_once_completed()
    {
        var id = await host.StartWaitingAsync("mgmt-purge-one");

        using (var running = await host.Http.SendAsync(HttpMethod.Delete, $"{Api}/{id}", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Conflict, running.StatusCode);
        }

        Assert.NotNull(await host.Durable.GetInstanceAsync(id));
        await host.Durable.RaiseEventAsync(id, ManagementTestTasks.ApprovalEvent, "ok");
        await host.CompletionAsync(id);
        using var purged = await host.Http.SendAsync(HttpMethod.Delete, $"{Api}/{id}", host.Keys.Ops);
        using var again = await host.Http.SendAsync(HttpMethod.Delete, $"{Api}/{id}", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal(1, (await purged.JsonAsync()).GetProperty("instancesDeleted").GetInt32());
        Assert.Null(await host.Durable.GetInstanceAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Purging_many_needs_createdTimeFrom_and_deletes_only_terminal_instances_created_in_the_range()
    {
        // Instances are created on the manual clock: an hour on, only this test's instances lie in the range.
        host.Time.Advance(TimeSpan.FromHours(1));
        var from = host.Time.GetUtcNow();
        var done = await host.StartWaitingAsync("mgmt-purge-many-done");
        var running = await host.StartWaitingAsync("mgmt-purge-many-running");
        await host.Durable.RaiseEventAsync(done, ManagementTestTasks.ApprovalEvent, "ok");
        await host.CompletionAsync(done);

        using (var bare = await host.Http.SendAsync(HttpMethod.Delete, Api, host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
            Assert.Contains((await bare.JsonAsync()).GetProperty("errors").EnumerateArray(), e => e.GetProperty("pointer").GetString() == "/createdTimeFrom");
        }

        using (var onlyRunning = await host.Http.SendAsync(HttpMethod.Delete, $"{Api}?createdTimeFrom={Text(from)}&runtimeStatus=Running", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.NotFound, onlyRunning.StatusCode);
        }

        using (var purged = await host.Http.SendAsync(HttpMethod.Delete, $"{Api}?createdTimeFrom={Text(from)}", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
            Assert.Equal(1, (await purged.JsonAsync()).GetProperty("instancesDeleted").GetInt32());
        }

        Assert.Null(await host.Durable.GetInstanceAsync(done));
        Assert.NotNull(await host.Durable.GetInstanceAsync(running));
        using var none = await host.Http.SendAsync(HttpMethod.Delete, $"{Api}?createdTimeFrom={Text(from.AddDays(1))}", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task Every_route_needs_an_ops_key_and_the_unprefixed_path_is_gone()
    {
        using var none = await host.Http.SendAsync(HttpMethod.Get, Api, null);
        using var publisher = await host.Http.SendAsync(HttpMethod.Get, Api, host.Keys.PublisherA);
        using var floor = await host.Http.SendAsync(HttpMethod.Post, $"{Api}/any/terminate", host.Keys.Floor);
        using var ops = await host.Http.SendAsync(HttpMethod.Get, Api, host.Keys.Ops);
        using var unprefixed = await host.Http.SendAsync(HttpMethod.Get, "/runtime/webhooks/durabletask/instances", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publisher.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, floor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await ops.JsonAsync()).ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, unprefixed.StatusCode);
    }

    private static string Text(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("O", CultureInfo.InvariantCulture));
}
