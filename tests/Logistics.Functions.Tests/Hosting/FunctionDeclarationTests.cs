using System.Text.Json;
using Logistics.Application;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>
/// Each function is declared once, as a <c>[Function]</c>: the worker SDK's build output (<c>functions.metadata</c>, what
/// the Functions host reads) and the local runtime's catalog must describe the same functions with the same triggers.
/// </summary>
public sealed class FunctionDeclarationTests
{
    private static readonly FunctionCatalog Catalog = FunctionCatalog.From(typeof(LocalRuntimeHost).Assembly);

    [Fact]
    public void Build_output_metadata_names_every_declared_function_with_its_trigger()
    {
        var metadata = ReadMetadata(AppOutput.Folder);
        var declared = Catalog.Functions.ToDictionary(f => f.Name, TriggerOf);
        Assert.Equal(declared.Keys.Order(StringComparer.Ordinal), metadata.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, trigger) in declared)
        {
            Assert.Equal(trigger, metadata[name]);
        }
    }

    [Fact]
    public void Every_http_and_timer_function_can_be_served_by_the_local_runtime()
    {
        var served = Catalog.Functions.Where(f => !f.IsDurableTask).ToList();
        Assert.Contains(served, f => f.Http is not null);
        Assert.Contains(served, f => f.Timer is not null);
        Assert.All(served, f => FunctionInvoker.Create(f));
        Assert.All(Catalog.Functions, f => Assert.True(f.Http is not null || f.Timer is not null || f.IsDurableTask, $"{f.Name} has a trigger the local runtime does not serve"));
    }

    [Fact]
    public void Orchestrator_and_activity_wrappers_match_the_tasks_the_local_runtime_registers()
    {
        var orchestrators = Catalog.Functions.Where(f => f.Trigger is OrchestrationTriggerAttribute).Select(f => f.Name).Order(StringComparer.Ordinal);
        var activities = Catalog.Functions.Where(f => f.Trigger is ActivityTriggerAttribute).Select(f => f.Name).Order(StringComparer.Ordinal);
        Assert.Equal(WarehouseTasks.Orchestrators.Select(t => t.Name).Order(StringComparer.Ordinal), orchestrators);
        Assert.Equal(WarehouseTasks.Activities.Select(t => t.Name).Order(StringComparer.Ordinal), activities);
    }

    [Fact]
    public void Http_routes_are_unique_per_method()
    {
        var routes = Catalog.Functions.Where(f => f.Http is not null)
            .SelectMany(f => (f.Http!.Methods ?? ["*"]).Select(m => $"{m.ToUpperInvariant()} {f.Http.Route}"))
            .ToList();
        Assert.Equal(routes.Count, routes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_function_without_a_trigger_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionCatalog.From([typeof(FunctionWithoutTrigger)]));
        Assert.Contains(nameof(FunctionWithoutTrigger.NoTrigger), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_the_local_runtime_cannot_bind_is_refused_before_serving()
    {
        var function = Assert.Single(FunctionCatalog.From([typeof(FunctionWithUnboundParameter)]).Functions);
        var error = Assert.Throws<InvalidOperationException>(() => FunctionInvoker.Create(function));
        Assert.Contains("'unbound'", error.Message, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string> ReadMetadata(string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "functions.metadata")));
        return document.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f =>
            {
                var trigger = f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
                return Describe(trigger.GetProperty("type").GetString()!,
                    trigger.TryGetProperty("route", out var route) ? route.GetString() : null,
                    trigger.TryGetProperty("methods", out var methods) ? methods.EnumerateArray().Select(m => m.GetString()!).ToArray() : null,
                    trigger.TryGetProperty("schedule", out var schedule) ? schedule.GetString() : null);
            });
    }

    private static string TriggerOf(FunctionMethod function) => function.Trigger switch
    {
        HttpTriggerAttribute http => Describe("httpTrigger", http.Route, http.Methods, null),
        TimerTriggerAttribute timer => Describe("timerTrigger", null, null, timer.Schedule),
        OrchestrationTriggerAttribute => Describe("orchestrationTrigger", null, null, null),
        ActivityTriggerAttribute => Describe("activityTrigger", null, null, null),
        _ => function.Trigger.GetType().Name,
    };

    private static string Describe(string type, string? route, string[]? methods, string? schedule) =>
        $"{type} {route} {string.Join(',', (methods ?? []).Select(m => m.ToUpperInvariant()))} {schedule}";

    private static class FunctionWithoutTrigger
    {
        [Function("NoTrigger")]
        public static void NoTrigger(string input) => GC.KeepAlive(input);
    }

    private static class FunctionWithUnboundParameter
    {
        [Function("Unbound")]
        public static void Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "x/{id}")] Microsoft.AspNetCore.Http.HttpRequest request, string unbound) => GC.KeepAlive((request, unbound));
    }
}
