using System.Text.Json;
using Logistics.Functions.Packaging;
using Logistics.Functions.Table;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Packaging;

public sealed class PackageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Package_WritesAValidFunctionJsonPerFunction_AndTheCustomHandlerHostJson()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PackageCommand.RunAsync(["package", "--output", _folder, "--no-publish"], output, error);

        Assert.True(code == 0, error.ToString());
        var table = AppFunctions.Create();
        var written = Directory.GetDirectories(_folder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(table.Functions.Select(f => f.Name).Order(StringComparer.Ordinal).ToList(), written);
        foreach (var function in table.Functions)
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, function.Name, "function.json")));
            AssertValidFunctionJson(function, document.RootElement);
        }

        using var host = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "host.json")));
        AssertCustomHandlerHostJson(host.RootElement, "Logistics.Functions");
        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "local.settings.template.json")));
        Assert.Equal("custom", settings.RootElement.GetProperty("Values").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
    }

    [Fact]
    public async Task Package_CoversEveryTriggerKind_ForATableThatHasThemAll()
    {
        var table = TestFunctions.Create();
        await PackageCommand.WriteAsync(table, _folder, PackageOptions.Parse(["package", "--output", _folder, "--framework-dependent"]));

        foreach (var function in table.Functions)
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, function.Name, "function.json")));
            AssertValidFunctionJson(function, document.RootElement);
        }

        using var topic = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "TestTopic", "function.json")));
        var trigger = topic.RootElement.GetProperty("bindings")[0];
        Assert.Equal("test-events", trigger.GetProperty("topicName").GetString());
        Assert.Equal("audit", trigger.GetProperty("subscriptionName").GetString());
        Assert.False(trigger.TryGetProperty("queueName", out _));

        using var queue = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "TestQueue", "function.json")));
        var output = queue.RootElement.GetProperty("bindings")[1];
        Assert.Equal("serviceBus", output.GetProperty("type").GetString());
        Assert.Equal("out", output.GetProperty("direction").GetString());
        Assert.Equal("forward", output.GetProperty("name").GetString());
        Assert.Equal("test-out", output.GetProperty("queueName").GetString());

        using var host = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "host.json")));
        AssertCustomHandlerHostJson(host.RootElement, "dotnet");
        Assert.Equal("Logistics.Functions.dll", host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("arguments")[0].GetString());
    }

    [Fact]
    public async Task Package_RelaysEachOutboxContainer_ByItsChangeFeed_ToItsQueuesAndTopic()
    {
        await PackageCommand.WriteAsync(AppFunctions.Create(), _folder, PackageOptions.Parse(["package", "--output", _folder, "--framework-dependent"]));

        using var orchestrations = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "RelayOrchestrationOutbox", "function.json")));
        using var warehouse = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "RelayWarehouseOutbox", "function.json")));

        Assert.False(Directory.Exists(Path.Combine(_folder, "RelayOutbox")));
        var feed = orchestrations.RootElement.GetProperty("bindings")[0];
        Assert.Equal("cosmosDBTrigger", feed.GetProperty("type").GetString());
        Assert.Equal("in", feed.GetProperty("direction").GetString());
        Assert.Equal("orchestrations", feed.GetProperty("containerName").GetString());
        AssertRetriesForever(orchestrations.RootElement);
        Assert.Equal(
            ["serviceBus out orchestrationWork queueName=orchestration-work", "serviceBus out activityWork queueName=activity-work"],
            Outputs(orchestrations.RootElement));
        Assert.Equal("warehouse", warehouse.RootElement.GetProperty("bindings")[0].GetProperty("containerName").GetString());
        AssertRetriesForever(warehouse.RootElement);
        Assert.Equal(["serviceBus out warehouseEvents topicName=warehouse-events"], Outputs(warehouse.RootElement));

        static List<string> Outputs(JsonElement root) =>
            [.. root.GetProperty("bindings").EnumerateArray().Skip(1).Select(b =>
                $"{b.GetProperty("type").GetString()} {b.GetProperty("direction").GetString()} {b.GetProperty("name").GetString()} " +
                (b.TryGetProperty("topicName", out var topic) && !b.TryGetProperty("queueName", out _)
                    ? $"topicName={topic.GetString()}"
                    : $"queueName={b.GetProperty("queueName").GetString()}") +
                (b.GetProperty("connection").GetString() == "ServiceBusConnection" ? string.Empty : " (wrong connection)"))];
    }

    [Fact]
    public async Task Package_WritesNoRetrySection_ForFunctionsWithoutAPolicy()
    {
        await PackageCommand.WriteAsync(AppFunctions.Create(), _folder, PackageOptions.Parse(["package", "--output", _folder, "--framework-dependent"]));

        using var timers = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "OrchestrationTimers", "function.json")));
        Assert.False(timers.RootElement.TryGetProperty("retry", out _));
    }

    [Theory]
    [InlineData("package")]
    [InlineData("package --output")]
    [InlineData("package --output x --bogus")]
    public async Task Package_RejectsBadArguments_WithUsage(string commandLine)
    {
        var args = commandLine.Split(' ');
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(2, await PackageCommand.RunAsync(args, output, error));
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepositoryHostJson_IsTheGeneratedOne()
    {
        var root = RepositoryRoot();
        var expected = HostJson.Create("Logistics.Functions", []).ToJsonString();
        var actual = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "host.json")))!.ToJsonString();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task RepositorySettingsSample_ListsAndExplainsEverySetting()
    {
        using var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");
        var help = sample.RootElement.GetProperty("_help");
        foreach (var setting in AppSettings.All)
        {
            Assert.True(values.TryGetProperty(setting.Name, out _), $"Values lacks {setting.Name}");
            Assert.False(string.IsNullOrWhiteSpace(help.GetProperty(setting.Name).GetString()));
        }
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Logistics.Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    private static void AssertValidFunctionJson(FunctionDefinition function, JsonElement root)
    {
        var bindings = root.GetProperty("bindings").EnumerateArray().ToList();
        var trigger = bindings[0];
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Single(bindings, b => b.GetProperty("direction").GetString() == "in");
        Assert.Equal(bindings.Count, bindings.Select(b => b.GetProperty("name").GetString()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        switch (function.Trigger)
        {
            case HttpTrigger http:
                Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
                Assert.Equal(http.Route, trigger.GetProperty("route").GetString());
                Assert.Equal(http.Methods.Select(m => m.ToLowerInvariant()), trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
                Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
                break;
            case TimerTrigger timer:
                Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal(timer.Schedule.Expression, trigger.GetProperty("schedule").GetString());
                Assert.Equal(6, trigger.GetProperty("schedule").GetString()!.Split(' ').Length);
                Assert.Equal(timer.RunOnStartup, trigger.GetProperty("runOnStartup").GetBoolean());
                break;
            case ServiceBusQueueTrigger queue:
                Assert.Equal("serviceBusTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal(queue.QueueName, trigger.GetProperty("queueName").GetString());
                Assert.Equal("ServiceBusConnection", trigger.GetProperty("connection").GetString());
                break;
            case ServiceBusTopicTrigger topic:
                Assert.Equal("serviceBusTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal(topic.TopicName, trigger.GetProperty("topicName").GetString());
                Assert.Equal(topic.SubscriptionName, trigger.GetProperty("subscriptionName").GetString());
                break;
            case CosmosDbTrigger feed:
                Assert.Equal("cosmosDBTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal("documents", trigger.GetProperty("name").GetString());
                Assert.Equal(feed.ContainerName, trigger.GetProperty("containerName").GetString());
                Assert.Equal("CosmosDB", trigger.GetProperty("connection").GetString());
                Assert.Equal("%Cosmos__DatabaseName%", trigger.GetProperty("databaseName").GetString());
                Assert.Equal("leases", trigger.GetProperty("leaseContainerName").GetString());
                Assert.Equal(feed.ContainerName + "-", trigger.GetProperty("leaseContainerPrefix").GetString());
                Assert.True(trigger.GetProperty("createLeaseContainerIfNotExists").GetBoolean());
                AssertRetriesForever(root);
                break;
            default:
                Assert.Fail($"Unexpected trigger {function.Trigger}");
                break;
        }

        foreach (var output in function.Outputs)
        {
            var binding = Assert.Single(bindings, b => b.GetProperty("name").GetString() == output.Name);
            Assert.Equal("serviceBus", binding.GetProperty("type").GetString());
            Assert.Equal("out", binding.GetProperty("direction").GetString());
            Assert.Equal(output.EntityName, binding.GetProperty(output.IsTopic ? "topicName" : "queueName").GetString());
        }
    }

    private static void AssertRetriesForever(JsonElement root)
    {
        var retry = root.GetProperty("retry");
        Assert.Equal("exponentialBackoff", retry.GetProperty("strategy").GetString());
        Assert.Equal(-1, retry.GetProperty("maxRetryCount").GetInt32());
        Assert.Equal("00:00:05", retry.GetProperty("minimumInterval").GetString());
        Assert.Equal("00:05:00", retry.GetProperty("maximumInterval").GetString());
    }

    private static void AssertCustomHandlerHostJson(JsonElement host, string executable)
    {
        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("[4.*, 5.0.0)", host.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host.GetProperty("extensionBundle").GetProperty("id").GetString());
        var handler = host.GetProperty("customHandler");
        Assert.Equal(executable, handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal("api", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }
}
