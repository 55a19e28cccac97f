using Logistics.Functions.Security;
using Logistics.Functions.Table;

namespace Logistics.Functions.Management;

/// <summary>Declares the Durable-shaped management API in the function table (ops key required) and serves it at Durable's path.</summary>
public static class DurableManagementFunctions
{
    private const string Instances = DurableManagementUris.Route + "/instances";
    private const string Instance = Instances + "/{instanceId}";

    /// <summary>Adds one HTTP function per management route.</summary>
    public static FunctionTableBuilder AddDurableManagement(this FunctionTableBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Http("DurableGetInstance", "GET", Instance, DurableInstanceEndpoints.GetAsync, e => Ops(e).Produces<DurableInstanceStatus>().Produces<DurableInstanceStatus>(StatusCodes.Status202Accepted))
            .Http("DurableListInstances", "GET", Instances, DurableInstanceEndpoints.ListAsync, e => Ops(e).Produces<IReadOnlyList<DurableInstanceStatus>>())
            .Http("DurableRaiseEvent", "POST", Instance + "/raiseEvent/{eventName}", DurableCommandEndpoints.RaiseEventAsync, e => Command(e))
            .Http("DurableTerminate", "POST", Instance + "/terminate", DurableCommandEndpoints.TerminateAsync, e => Command(e))
            .Http("DurableSuspend", "POST", Instance + "/suspend", DurableCommandEndpoints.SuspendAsync, e => Command(e))
            .Http("DurableResume", "POST", Instance + "/resume", DurableCommandEndpoints.ResumeAsync, e => Command(e))
            .Http("DurableRewind", "POST", Instance + "/rewind", DurableCommandEndpoints.RewindAsync, e => Command(e))
            .Http("DurablePurgeInstance", "DELETE", Instance, DurablePurgeEndpoints.PurgeOneAsync, e => Ops(e).Produces<PurgeResponse>().ProducesProblem(StatusCodes.Status409Conflict))
            .Http("DurablePurgeInstances", "DELETE", Instances, DurablePurgeEndpoints.PurgeManyAsync, e => Ops(e).Produces<PurgeResponse>());
    }

    /// <summary>
    /// Serves the same functions at Durable Functions' own path, <c>/runtime/webhooks/durabletask/…</c>, besides
    /// <c>/api/runtime/webhooks/durabletask/…</c>. Behind the Functions host only the latter is reachable (the host owns
    /// <c>/runtime/webhooks</c>); standalone, tools written for Durable work unchanged.
    /// </summary>
    public static WebApplication MapDurableManagementAtDurablePath(this WebApplication app, FunctionTable table)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(table);
        foreach (var function in table.Functions)
        {
            if (function.Trigger is HttpTrigger http && http.Route.StartsWith(DurableManagementUris.Route, StringComparison.Ordinal))
            {
                var endpoint = app.MapMethods("/" + http.Route, http.Methods, function.HttpHandler!);
                function.ConfigureEndpoint?.Invoke(endpoint);
                endpoint.ExcludeFromDescription();
            }
        }

        return app;
    }

    private static RouteHandlerBuilder Ops(RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(AuthorizationPolicies.Ops)
            .WithTags("Orchestration management")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static RouteHandlerBuilder Command(RouteHandlerBuilder endpoint) =>
        Ops(endpoint).Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status410Gone);
}
