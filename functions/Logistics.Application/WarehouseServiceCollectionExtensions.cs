using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Intake;
using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Simulation;
using Logistics.Application.Warehouse;
using Logistics.Orchestration;
using Logistics.Orchestration.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Logistics.Application;

/// <summary>Registers the warehouse application layer.</summary>
public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// Registers items, inbound notices, inventory and the inbound orchestration. Needs an <c>IDocumentStore</c> (and, for
    /// events, an <c>IMessageQueue</c>). Adds the orchestrations to an engine registered earlier, or registers the engine.
    /// Who drives the engine (the embedded worker, or the Functions host's triggers) is the host's decision, not this layer's.
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
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(WarehouseLayout.Default);
        services.TryAddSingleton<WarehouseStore>();
        services.TryAddSingleton<StockPoster>();
        services.TryAddSingleton<ItemCatalog>();
        services.TryAddSingleton<InventoryQueries>();
        services.TryAddSingleton<NoticeRepository>();
        services.TryAddSingleton<NoticeRules>();
        services.TryAddSingleton<NoticeIntake>();
        services.TryAddSingleton<X12NoticeIntake>();
        services.TryAddSingleton<Receiving>();
        services.TryAddSingleton<OwnerDecisions>();
        services.TryAddSingleton<PutawayService>();
        services.TryAddSingleton<ReceiptAdvices>();
        services.TryAddSingleton<NoticeQueries>();
        services.TryAddSingleton<FloorSimulator>();

        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(OrchestrationRegistry))?.ImplementationInstance as OrchestrationRegistry;
        if (existing is not null)
        {
            AddWorkflows(existing);
        }
        else
        {
            services.AddOrchestrationEngine(AddWorkflows);
        }

        return services;
    }

    private static void AddWorkflows(OrchestrationRegistry registry) =>
        registry.AddOrchestrator<InboundNoticeOrchestrator>()
            .AddActivity<ReadNoticeActivity>()
            .AddActivity<PlanPutawayActivity>()
            .AddActivity<CompleteNoticeActivity>();
}
