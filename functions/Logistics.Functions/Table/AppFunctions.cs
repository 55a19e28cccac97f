using Logistics.Application.Warehouse;
using Logistics.Functions.Endpoints;
using Logistics.Functions.Inbound;
using Logistics.Functions.Management;
using Logistics.Functions.Security;
using Logistics.Functions.Workers;
using Logistics.Orchestration;

namespace Logistics.Functions.Table;

/// <summary>The app's function table: every function is declared here, once.</summary>
public static class AppFunctions
{
    /// <summary>Builds the table.</summary>
    public static FunctionTable Create() =>
        new FunctionTableBuilder()
            .Http("Health", "GET", "health", HealthEndpoint.GetAsync, e => e.AllowAnonymous().DisableRateLimiting().WithTags("Health"))
            .Http("GetMyPublisher", "GET", "publishers/me", PublisherEndpoints.GetMeAsync, e => Publisher(e).Produces<PublisherView>())
            .Http("CreateMyKey", "POST", "publishers/me/keys", PublisherEndpoints.CreateKeyAsync, e => Publisher(e).Produces<IssuedKey>(StatusCodes.Status201Created))
            .Http("RevokeMyKey", "DELETE", "publishers/me/keys/{keyId}", PublisherEndpoints.RevokeKeyAsync, e => Publisher(e).Produces(StatusCodes.Status204NoContent))
            .Http("CreatePublisher", "POST", "ops/publishers", OpsEndpoints.CreatePublisherAsync, e => Ops(e).Produces<CreatedPublisher>(StatusCodes.Status201Created))
            .Http("ListPublishers", "GET", "ops/publishers", OpsEndpoints.ListPublishersAsync, e => Staff(e).Produces<PublisherPage>())
            .Http("GetPublisher", "GET", "ops/publishers/{publisherId}", OpsEndpoints.GetPublisherAsync, e => Staff(e).Produces<PublisherView>())
            .Http("CreatePublisherKey", "POST", "ops/publishers/{publisherId}/keys", OpsEndpoints.CreatePublisherKeyAsync, e => Ops(e).Produces<IssuedKey>(StatusCodes.Status201Created))
            .Http("CreateRoleKey", "POST", "ops/keys", OpsEndpoints.CreateRoleKeyAsync, e => Ops(e).Produces<IssuedKey>(StatusCodes.Status201Created))
            .Queue<OrchestrationWorkFunction>("OrchestrationWork", OrchestrationQueues.Orchestrations)
            .Queue<ActivityWorkFunction>("ActivityWork", OrchestrationQueues.Activities)
            .Timer<OrchestrationTimersFunction>("OrchestrationTimers", OrchestrationTimersFunction.Schedule)
            .ChangeFeed<CosmosOutboxRelayFunction>(
                "RelayOrchestrationOutbox",
                OrchestrationQueues.ContainerName,
                new ServiceBusOutput("orchestrationWork", OrchestrationQueues.Orchestrations),
                new ServiceBusOutput("activityWork", OrchestrationQueues.Activities))
            .ChangeFeed<CosmosOutboxRelayFunction>(
                "RelayWarehouseOutbox",
                WarehouseStore.ContainerName,
                new ServiceBusOutput("warehouseEvents", WarehouseStore.EventsTopic, IsTopic: true))
            .AddDurableManagement()
            .AddWarehouseFunctions()
            .Build();

    private static RouteHandlerBuilder Publisher(RouteHandlerBuilder endpoint) =>
        Secured(endpoint, AuthorizationPolicies.Publisher, "Publisher");

    private static RouteHandlerBuilder Ops(RouteHandlerBuilder endpoint) => Secured(endpoint, AuthorizationPolicies.Ops, "Ops");

    private static RouteHandlerBuilder Staff(RouteHandlerBuilder endpoint) => Secured(endpoint, AuthorizationPolicies.Staff, "Ops");

    private static RouteHandlerBuilder Secured(RouteHandlerBuilder endpoint, string policy, string tag) =>
        endpoint.RequireAuthorization(policy)
            .WithTags(tag)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
