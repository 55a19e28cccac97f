using Logistics.Application.Alerts;
using Logistics.Application.Billing;
using Logistics.Application.Events;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Intake;
using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Intake;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Partners;
using Logistics.Application.Reports;
using Logistics.Application.Reports.Activity;
using Logistics.Application.Reports.Runs;
using Logistics.Application.Reports.Schedules;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Intake;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.Simulation;
using Logistics.Application.StockControl;
using Logistics.Application.StockControl.Counts;
using Logistics.Application.StockControl.Moves;
using Logistics.Application.StockControl.Quarantine;
using Logistics.Application.ValueAdded;
using Logistics.Application.ValueAdded.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Warehouse.Work;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Logistics.Application;

/// <summary>Registers the warehouse application layer.</summary>
public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// Registers items, inbound notices, outbound orders, inventory, the event consumers (billing, reporting) and the services their orchestrations' activities use. Needs an
    /// <c>IDocumentStore</c>, an <c>IMessageQueue</c> and an <c>IBlobStore</c> (billing statements). The orchestrators and activities themselves are registered with the runtime that runs
    /// them (<see cref="WarehouseTasks"/>), and the Durable client comes with each call.
    /// </summary>
    public static IServiceCollection AddWarehouseApplication(this IServiceCollection services, Action<WarehouseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Bound from configuration when there is one (the host), else defaults (tests, tools).
        services.AddOptions<WarehouseOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(WarehouseOptions.Section).Bind(o))
            .Configure(o => configure?.Invoke(o))
            .Validate(o => o.ArrivalGrace >= TimeSpan.Zero, "Warehouse:ArrivalGrace must not be negative.")
            .Validate(o => o.DecisionWindow > TimeSpan.Zero, "Warehouse:DecisionWindow must be positive.")
            .Validate(o => o.X12InterchangeId.Length is > 0 and <= 15, "Warehouse:X12InterchangeId must be 1-15 characters (ISA06).")
            .Validate(o => BusinessCalendar.IsKnownZone(o.TimeZone), "Warehouse:TimeZone must be an IANA time zone id such as Europe/Berlin or UTC.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(WarehouseLayout.Default);
        services.TryAddSingleton<WarehouseStore>();
        services.TryAddSingleton<BusinessCalendar>();
        services.TryAddSingleton<PartnerStore>();
        services.TryAddSingleton<ControlNumbers>();
        services.TryAddSingleton<AdviceAddress>();
        services.TryAddSingleton<StockPoster>();
        services.TryAddSingleton<ItemCatalog>();
        services.TryAddSingleton<InventoryQueries>();
        services.TryAddSingleton<StockReports>();
        services.TryAddSingleton<NoticeRepository>();
        services.TryAddSingleton<NoticeRules>();
        services.TryAddSingleton<NoticeIntake>();
        services.TryAddSingleton<X12NoticeIntake>();
        services.TryAddSingleton<Receiving>();
        services.TryAddSingleton<OwnerDecisions>();
        services.TryAddSingleton<PutawayService>();
        services.TryAddSingleton<ReceiptAdvices>();
        services.TryAddSingleton<NoticeCancellation>();
        services.TryAddSingleton<NoticeOrchestrations>();
        services.TryAddSingleton<NoticeDeadlines>();
        services.TryAddSingleton<NoticeQueries>();
        services.TryAddSingleton<FloorSimulator>();
        services.TryAddSingleton<OrderSimulator>();
        services.TryAddSingleton<OrderRepository>();
        services.TryAddSingleton<AllocationGate>();
        services.TryAddSingleton<AllocationQueue>();
        services.TryAddSingleton<StockCandidateReader>();
        services.TryAddSingleton<OrderAllocation>();
        services.TryAddSingleton<OrderPicking>();
        services.TryAddSingleton<OrderPacking>();
        services.TryAddSingleton<ShippingAdvices>();
        services.TryAddSingleton<OrderHandover>();
        services.TryAddSingleton<OrderDelivery>();
        services.TryAddSingleton<OrderChanges>();
        services.TryAddSingleton<OrderDeadlines>();
        services.TryAddSingleton<OrderOrchestrations>();
        services.TryAddSingleton<OrderQueries>();
        services.TryAddSingleton<OrderRules>();
        services.TryAddSingleton<OrderIntake>();
        services.TryAddSingleton<X12OrderIntake>();
        services.TryAddSingleton<WarehouseWorkQueries>();
        services.TryAddSingleton<ReturnRepository>();
        services.TryAddSingleton<ReturnDeadlines>();
        services.TryAddSingleton<ReturnOrchestrations>();
        services.TryAddSingleton<ReturnRules>();
        services.TryAddSingleton<ReturnIntake>();
        services.TryAddSingleton<X12ReturnIntake>();
        services.TryAddSingleton<ReturnDispositions>();
        services.TryAddSingleton<ReturnReceiving>();
        services.TryAddSingleton<ReturnInspection>();
        services.TryAddSingleton<ReturnDecisions>();
        services.TryAddSingleton<ReturnAdvices>();
        services.TryAddSingleton<ReturnQueries>();
        services.AddOptions<EventConsumerOptions>()
            .Validate(o => o.MaxDeliveries >= 1 && o.BatchSize >= 1 && o.ConflictRetries >= 1, "EventConsumerOptions: MaxDeliveries, BatchSize and ConflictRetries must be at least 1.");
        services.TryAddSingleton<EventConsumer>();
        services.TryAddSingleton<BillingRater>();
        services.TryAddSingleton<BillingQueries>();
        services.TryAddSingleton<RateCards>();
        services.TryAddSingleton<BillingStatements>();
        services.TryAddSingleton<StorageSnapshots>();
        services.TryAddSingleton<ChargeRerating>();
        services.TryAddSingleton<DailyActivityProjection>();
        services.TryAddSingleton<ActivityQueries>();
        services.TryAddSingleton<ReportRuns>();
        services.TryAddSingleton<ReportProfiles>();
        services.TryAddSingleton<ReportScheduler>();
        services.TryAddSingleton<InventoryAdvices>();
        services.TryAddSingleton<AlertSettings>();
        services.TryAddSingleton<StockAlerts>();
        services.TryAddSingleton<PendingDeadlines>();
        services.TryAddSingleton<StockAlertEvaluator>();
        services.TryAddSingleton<StockAlertHandler>();
        services.TryAddSingleton<AlertQueries>();
        services.TryAddSingleton<ValueAddedRepository>();
        services.TryAddSingleton<ValueAddedOrchestrations>();
        services.TryAddSingleton<ValueAddedIntake>();
        services.TryAddSingleton<ValueAddedPicking>();
        services.TryAddSingleton<ValueAddedCompletion>();
        services.TryAddSingleton<ValueAddedCancellation>();
        services.TryAddSingleton<ValueAddedQueries>();
        services.TryAddSingleton<StockControlRules>();
        services.TryAddSingleton<StockMoves>();
        services.TryAddSingleton<StockStatusChanges>();
        services.TryAddSingleton<InventoryAdjustments>();
        services.TryAddSingleton<StockCounts>();

        return services;
    }
}
