using Logistics.Functions.Hosting;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.LocalRuntime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>
/// The Azure side, exercised: the isolated worker is built exactly as <c>Program.cs</c> builds it under the Functions
/// host, with the container validating every registration, and every function class resolves with its dependencies.
/// </summary>
public sealed class WorkerHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-worker-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Worker_host_builds_with_validation_and_resolves_every_function_class()
    {
        string[] args =
        [
            "--functions-uri", "http://127.0.0.1:50051/",
            "--functions-worker-id", "test-worker",
            "--functions-request-id", "test-request",
            $"--Storage:Documents:DatabasePath={Path.Combine(_folder, "logistics.db")}",
            $"--Storage:Blobs:RootPath={Path.Combine(_folder, "blobs")}",
        ];
        Assert.Equal(AppRuntime.AzureFunctions, FunctionsHostDetection.Detect(args, _ => null));

        var builder = WorkerHost.CreateBuilder(args);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        using var host = builder.Build();

        using var scope = host.Services.CreateScope();
        var classes = FunctionCatalog.From(typeof(WorkerHost).Assembly).Functions
            .Select(f => f.Method.DeclaringType!)
            .Where(t => !(t.IsAbstract && t.IsSealed))
            .Distinct()
            .ToList();
        Assert.NotEmpty(classes);
        foreach (var type in classes)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type));
        }

        Assert.Same(AppRuntime.AzureFunctions, host.Services.GetRequiredService<AppRuntime>());
    }

    [Fact]
    public void Deployed_as_the_template_sets_it_events_go_to_Service_Bus_and_the_Cosmos_outbox_is_relayed()
    {
        // The app settings of infra/main.bicep; nothing connects until first use, so no Azure resource is needed.
        var builder = WorkerHost.CreateBuilder(
        [
            "--functions-uri", "http://127.0.0.1:50051/",
            "--Storage:Documents:Provider=Cosmos",
            "--Cosmos:AccountEndpoint=https://cosmos-test.documents.azure.com:443/",
            "--Cosmos:DatabaseName=logistics",
            "--Storage:Events:Provider=ServiceBus",
            "--ServiceBus:FullyQualifiedNamespace=sb-test.servicebus.windows.net",
        ]);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        using var host = builder.Build();

        Assert.IsType<Logistics.Storage.Azure.ServiceBus.ServiceBusMessageQueue>(host.Services.GetRequiredService<Logistics.Storage.Messaging.IMessageQueue>());
        Assert.IsType<Logistics.Storage.Azure.Cosmos.CosmosOutboxRelay>(host.Services.GetRequiredService<Logistics.Storage.Messaging.IOutboxRelay>());
    }

    [Theory]
    [InlineData(true, "Cosmos", "Embedded", "Storage__Events__Provider 'ServiceBus'")]
    [InlineData(false, "Sqlite", "ServiceBus", "needs Storage__Documents__Provider 'Cosmos'")]
    [InlineData(false, "Sqlite", "Kafka", "Storage__Events__Provider must be")]
    public void An_event_bus_that_cannot_carry_the_events_stops_the_start_with_the_setting_named(bool functionsHost, string documents, string events, string expected)
    {
        string[] args =
        [
            .. functionsHost ? new[] { "--functions-uri", "http://127.0.0.1:50051/" } : [],
            $"--Storage:Documents:DatabasePath={Path.Combine(_folder, "logistics.db")}",
            $"--Storage:Documents:Provider={documents}",
            "--Cosmos:AccountEndpoint=https://cosmos-test.documents.azure.com:443/",
            "--Cosmos:DatabaseName=logistics",
            $"--Storage:Events:Provider={events}",
        ];

        var error = Assert.Throws<InvalidOperationException>(() => functionsHost ? (object)WorkerHost.CreateBuilder(args) : LocalRuntimeHost.Build(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_Functions_host_neither_the_timer_scheduler_nor_the_embedded_Durable_Task_worker_runs()
    {
        var builder = WorkerHost.CreateBuilder(["--functions-uri", "http://127.0.0.1:50051/", $"--Storage:Documents:DatabasePath={Path.Combine(_folder, "logistics.db")}"]);

        var hostedServices = builder.Services.Where(d => d.ServiceType == typeof(IHostedService)).Select(LocalRuntimeHostTests.ImplementationName).ToList();

        Assert.Contains(nameof(StorageInitializer), hostedServices);
        Assert.DoesNotContain(nameof(TimerFunctionScheduler), hostedServices);
        Assert.DoesNotContain(LocalRuntimeHostTests.LocalDurableTaskWorker, hostedServices);
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(FunctionCatalog));
    }

    [Theory]
    [InlineData(new[] { "--functions-uri", "http://127.0.0.1:1/" }, null, "azure-functions")]
    [InlineData(new[] { "--host", "127.0.0.1", "--port", "1", "--workerId", "w" }, null, "azure-functions")]
    [InlineData(new string[0], "http://127.0.0.1:1/", "azure-functions")]
    [InlineData(new string[0], null, "local")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, null, "local")]
    public void The_runtime_follows_what_the_Functions_host_passes(string[] args, string? environmentEndpoint, string expected) =>
        Assert.Equal(expected, FunctionsHostDetection.Detect(args, name => name == "Functions__Worker__HostEndpoint" ? environmentEndpoint : null).Name);
}
