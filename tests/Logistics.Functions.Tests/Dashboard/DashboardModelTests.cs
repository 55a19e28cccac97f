using DurableTask.Core;
using DurableTask.Core.History;
using Logistics.Application;
using Logistics.Functions.Dashboard;

namespace Logistics.Functions.Tests.Dashboard;

/// <summary>The dashboard's server-side pieces without HTTP: filters as id prefixes, the histogram, the timeline.</summary>
public sealed class DashboardModelTests
{
    private static readonly DateTime T0 = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_dashboard_knows_every_orchestrator_the_app_runs()
    {
        Assert.Equal(WarehouseTasks.Orchestrators.Select(t => t.Name).Order(StringComparer.Ordinal), DashboardOrchestrations.All.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null, null, null, new[] { "" })]
    [InlineData("InboundNoticeOrchestrator", null, null, new[] { "inbound~" })]
    [InlineData(null, "acme", null, new[] { "inbound~acme~", "outbound~acme~", "report~acme~", "valueadded~acme~", "return~acme~" })]
    [InlineData("ReportRunOrchestrator", "acme", null, new[] { "report~acme~" })]
    [InlineData("OutboundOrderOrchestrator", "acme", null, new[] { "outbound~acme~" })]
    [InlineData(null, "acme", "outbound~acme~SO-1", new[] { "outbound~acme~SO-1" })]
    [InlineData(null, "acme", "out", new[] { "outbound~acme~" })]
    [InlineData("InboundNoticeOrchestrator", null, "outbound~", new string[0])]
    [InlineData(null, null, "inbound~globex~A", new[] { "inbound~globex~A" })]
    public void Filters_by_orchestration_publisher_and_prefix_become_instance_id_prefixes(string? name, string? publisher, string? prefix, string[] expected)
    {
        Assert.Equal(expected, DashboardOrchestrations.Prefixes(name, publisher, prefix));
    }

    [Fact]
    public void An_unknown_orchestration_or_a_publisher_with_a_separator_is_refused()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => DashboardOrchestrations.Prefixes("Nope", null, null)).ParamName);
        Assert.Equal("publisher", Assert.Throws<ArgumentException>(() => DashboardOrchestrations.Prefixes(null, "a~b", null)).ParamName);
    }

    [Fact]
    public void The_histogram_counts_creations_in_round_buckets_and_covers_at_least_the_last_hour()
    {
        var now = new DateTimeOffset(T0.AddHours(3));
        DateTimeOffset[] created = [new(T0), new(T0.AddMinutes(4)), new(T0.AddMinutes(61)), new(T0.AddMinutes(179))];

        var histogram = CreatedHistogram.Build(created, null, null, now);

        Assert.Equal(new DateTimeOffset(T0), histogram.From);
        Assert.True(histogram.Buckets.Count <= CreatedHistogram.MaxBuckets + 1);
        Assert.Equal(created.Length, histogram.Buckets.Sum(b => b.Count));
        Assert.Equal(300, histogram.BucketSeconds);
        Assert.Equal(2, histogram.Buckets[0].Count);
        Assert.Equal(1, histogram.Buckets.Single(b => b.Start == new DateTimeOffset(T0.AddMinutes(60))).Count);
        Assert.True(histogram.To > created.Max());

        var burst = CreatedHistogram.Build([new(T0)], null, null, new(T0));
        Assert.Equal(new DateTimeOffset(T0.AddHours(-1)), burst.From);
        Assert.Equal(1, burst.Buckets[^1].Count);

        var ranged = CreatedHistogram.Build(created, new(T0.AddMinutes(30)), new(T0.AddMinutes(90)), now);
        Assert.Equal(1, ranged.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void The_timeline_draws_activities_timers_waits_ended_by_events_and_the_wait_going_on()
    {
        var history = new List<HistoryEvent>
        {
            At(new ExecutionStartedEvent(-1, "{}") { Name = "Probe", OrchestrationInstance = new OrchestrationInstance { InstanceId = "p", ExecutionId = "e" } }, 0),
            At(new TaskScheduledEvent(0) { Name = "ReadActivity" }, 0),
            At(new TaskCompletedEvent(-1, 0, "{}"), 1),
            At(new TimerCreatedEvent(1) { FireAt = T0.AddHours(1) }, 1),
            At(new TimerFiredEvent(-1) { TimerId = 1, FireAt = T0.AddHours(1) }, 60),
            At(new TimerCreatedEvent(2) { FireAt = T0.AddHours(5) }, 60),
            At(new EventRaisedEvent(-1, "{}") { Name = "DockArrival" }, 90),
            At(new TaskScheduledEvent(3) { Name = "FailingActivity" }, 90),
            At(new TaskFailedEvent(-1, 3, "boom", null), 91),
            At(new TimerCreatedEvent(4) { FireAt = T0.AddHours(9) }, 91),
        };

        var timeline = InstanceTimeline.Build(history, new DateTimeOffset(T0.AddMinutes(120)));

        Assert.Equal(new DateTimeOffset(T0), timeline.Start);
        Assert.Equal(new DateTimeOffset(T0.AddMinutes(120)), timeline.End);
        Assert.Equal(
            [
                ("orchestration", "Probe", "open"),
                ("activity", "ReadActivity", "completed"),
                ("timer", "timer", "fired"),
                ("wait", "DockArrival", "ended by event"),
                ("event", "DockArrival", "raised"),
                ("activity", "FailingActivity", "failed"),
                ("wait", "waiting", "open"),
            ],
            timeline.Spans.Select(s => (s.Kind, s.Name, s.Outcome)).ToList());
        Assert.Equal(new DateTimeOffset(T0.AddMinutes(1)), timeline.Spans[1].End);
        Assert.Equal(new DateTimeOffset(T0.AddMinutes(90)), timeline.Spans[3].End);
        Assert.Equal(new DateTimeOffset(T0.AddHours(9)), timeline.Spans[^1].Due);
        Assert.Null(timeline.Spans[^1].End);
    }

    [Fact]
    public void A_finished_execution_closes_what_was_still_open()
    {
        var history = new List<HistoryEvent>
        {
            At(new ExecutionStartedEvent(-1, "{}") { Name = "Probe", OrchestrationInstance = new OrchestrationInstance { InstanceId = "p", ExecutionId = "e" } }, 0),
            At(new TimerCreatedEvent(0) { FireAt = T0.AddHours(1) }, 0),
            At(new ExecutionTerminatedEvent(-1, "ops said so"), 5),
        };

        var timeline = InstanceTimeline.Build(history, new DateTimeOffset(T0.AddDays(1)));

        Assert.Equal(new DateTimeOffset(T0.AddMinutes(5)), timeline.End);
        Assert.Equal(("terminated", "ops said so"), (timeline.Spans[0].Outcome, timeline.Spans[0].Detail));
        Assert.Equal(("terminated", new DateTimeOffset(T0.AddMinutes(5))), (timeline.Spans[1].Outcome, timeline.Spans[1].End!.Value));
    }

    private static HistoryEvent At(HistoryEvent e, int minutes)
    {
        e.Timestamp = T0.AddMinutes(minutes);
        return e;
    }
}
