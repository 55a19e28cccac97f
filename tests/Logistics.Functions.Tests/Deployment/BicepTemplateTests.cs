namespace Logistics.Functions.Tests.Deployment;

/// <summary>infra/**/*.bicep compile and pass the linter's default rules without a finding.</summary>
public sealed class BicepTemplateTests
{
    [Fact]
    public async Task Bicep_CLI_is_the_pinned_package_version()
    {
        var (exitCode, output, _) = await BicepCli.RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Contains("0.49.2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_template_builds_without_errors_or_warnings()
    {
        // The shared build (BicepCli) throws on a non-zero exit code with the errors in its message.
        var template = await BicepCli.MainTemplateAsync();
        var diagnostics = await BicepCli.MainDiagnosticsAsync();

        Assert.True(string.IsNullOrWhiteSpace(diagnostics), $"bicep build reported diagnostics:\n{diagnostics}");
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", template["$schema"]?.GetValue<string>());
    }

    [Fact]
    public async Task Every_template_lints_clean()
    {
        var (exitCode, output, errors) = await BicepCli.RunAsync("lint", "--pattern", "infra/**/*.bicep");

        Assert.True(exitCode == 0, $"bicep lint exited with {exitCode}:\n{output}{errors}");
        Assert.True(string.IsNullOrWhiteSpace(output + errors), $"bicep lint reported findings:\n{output}{errors}");
    }

    [Fact]
    public void Every_template_is_linted()
    {
        var templates = Directory.GetFiles(BicepCli.InfraFolder, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(BicepCli.InfraFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        // The glob above reaches the modules too; a template outside infra/ would not be checked.
        Assert.Contains("main.bicep", templates);
        Assert.All(templates, t => Assert.True(t == "main.bicep" || t.StartsWith("modules/", StringComparison.Ordinal), t));

        // Findings are fixed, not silenced: a bicepconfig.json may raise rule levels but turn none off.
        var config = Path.Combine(BicepCli.InfraFolder, "bicepconfig.json");
        if (File.Exists(config))
        {
            Assert.DoesNotContain("\"off\"", File.ReadAllText(config), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Template_reads_no_key_and_declares_no_secret()
    {
        var template = (await BicepCli.MainTemplateAsync()).ToJsonString();

        // Keys would enter through list*() functions or secure parameters; connection strings with keys through literals.
        foreach (var forbidden in new[] { "listKeys(", "listConnectionStrings(", "listAccountSas(", "listServiceSas(", "securestring", "secureObject", "AccountKey=", "SharedAccessKey" })
        {
            Assert.DoesNotContain(forbidden, template, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Cosmos_DB_Storage_and_Service_Bus_refuse_keys()
    {
        var resources = TemplateResources.All(await BicepCli.MainTemplateAsync()).ToList();

        Assert.Equal("false", Property(resources, "Microsoft.Storage/storageAccounts", "allowSharedKeyAccess"));
        Assert.Equal("true", Property(resources, "Microsoft.DocumentDB/databaseAccounts", "disableLocalAuth"));
        Assert.Equal("true", Property(resources, "Microsoft.ServiceBus/namespaces", "disableLocalAuth"));
        Assert.Equal("true", Property(resources, "Microsoft.Insights/components", "DisableLocalAuth"));
    }

    [Fact]
    public async Task Function_app_runs_the_dotnet_isolated_worker_10_on_Flex_Consumption_with_its_own_identity()
    {
        var resources = TemplateResources.All(await BicepCli.MainTemplateAsync()).ToList();
        var plan = Assert.Single(resources, r => r.Type == "Microsoft.Web/serverfarms").Body;
        var site = TemplateResources.FunctionApp(resources);

        Assert.Equal("FlexConsumption", plan["sku"]?["tier"]?.GetValue<string>());
        Assert.Equal("SystemAssigned", site["identity"]?["type"]?.GetValue<string>());
        var runtime = site["properties"]?["functionAppConfig"]?["runtime"];
        Assert.Equal("dotnet-isolated", runtime?["name"]?.GetValue<string>());
        Assert.Equal("10.0", runtime?["version"]?.GetValue<string>());
    }

    private static string? Property(IEnumerable<TemplateResource> resources, string type, string name) =>
        resources.Single(r => r.Type == type).Body["properties"]?[name]?.ToJsonString();
}
