using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Reports.Runs;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.ValueAdded;
using Logistics.Application.ValueAdded.Workflow;

namespace Logistics.Functions.Dashboard;

/// <summary>
/// The warehouse's orchestrations as the dashboard filters them. Durable's list has no name filter, but each
/// orchestration's instance ids carry a fixed prefix and the owner (<c>inbound~{owner}~{number}</c>), so filters by
/// orchestration and by publisher become instance id prefixes that the backend answers from its index.
/// </summary>
public static class DashboardOrchestrations
{
    /// <summary>Every orchestration of the app (a test checks this against <c>WarehouseTasks.Orchestrators</c>).</summary>
    public static IReadOnlyList<DashboardOrchestration> All { get; } =
    [
        new(nameof(InboundNoticeOrchestrator), NoticeIds.InstanceOf(string.Empty), "notice",
            [InboundMilestones.DockArrival, InboundMilestones.ReceiptClosed, InboundMilestones.OwnerDecision, InboundMilestones.PutawayConfirmed, InboundMilestones.NoticeChanged]),
        new(nameof(OutboundOrderOrchestrator), OrderIds.InstanceOf(string.Empty), "order",
            [OrderMilestones.StockArrived, OrderMilestones.PickConfirmed, OrderMilestones.Packed, OrderMilestones.HandedOver, OrderMilestones.DeliveryReported, OrderMilestones.OrderChanged]),
        new(nameof(ReportRunOrchestrator), ReportIds.InstancePrefix, "report", []),
        new(nameof(ValueAddedJobOrchestrator), ValueAddedIds.InstanceOf(string.Empty), "job",
            [ValueAddedMilestones.InputPicked, ValueAddedMilestones.WorkCompleted, ValueAddedMilestones.JobChanged]),
        new(nameof(ReturnOrchestrator), ReturnIds.InstancePrefix, "return", ReturnMilestones.All),
    ];

    /// <summary>
    /// The instance id prefixes that together select the instances of <paramref name="name"/> (any when null) of
    /// <paramref name="publisher"/> (any when null) whose id starts with <paramref name="instanceIdPrefix"/> (any when null).
    /// An empty string means "no prefix"; an empty list means the filters contradict each other and nothing matches.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown orchestration name, or a publisher id with a '~'.</exception>
    public static IReadOnlyList<string> Prefixes(string? name, string? publisher, string? instanceIdPrefix)
    {
        if (publisher is not null && publisher.Contains('~', StringComparison.Ordinal))
        {
            throw new ArgumentException("A publisher id has no '~'.", nameof(publisher));
        }

        IEnumerable<string> kinds = name is null
            ? (publisher is null ? [string.Empty] : All.Select(o => o.InstanceIdPrefix))
            : [All.FirstOrDefault(o => o.Name == name)?.InstanceIdPrefix ?? throw new ArgumentException($"No orchestration '{name}'.", nameof(name))];
        var scoped = kinds.Select(k => publisher is null ? k : k + publisher + "~");
        return [.. scoped.Select(p => Narrower(p, instanceIdPrefix ?? string.Empty)).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    // Both prefixes must hold: the longer one, when the shorter is a prefix of it; none otherwise.
    private static string? Narrower(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) ? a : b.StartsWith(a, StringComparison.Ordinal) ? b : null;
}
