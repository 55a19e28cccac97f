using System.Reflection;
using System.Text.Json.Nodes;
using Logistics.Functions.Hosting;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Deployment;

/// <summary>
/// The settings the app reads (local.settings.sample.json <c>Values</c>, explained in <c>_help</c>) against the app
/// settings infra/main.bicep gives the function app. Convention (the sample's <c>_readme</c>): the template sets every
/// setting unless its help starts with <c>Local only:</c> (the template must not set it) or <c>Optional</c> (it may).
/// A new setting fails here until the template sets it or its help says which of the two it is.
/// </summary>
public sealed class DeploymentSettingsTests
{
    private const string LocalOnly = "Local only:";
    private const string Optional = "Optional";

    // Flex Consumption takes the worker runtime as functionAppConfig.runtime and refuses it as an app setting.
    private const string WorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    private static readonly JsonObject Sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppOutput.RepositoryRoot, "local.settings.sample.json")))!.AsObject();

    private static IReadOnlyList<string> SampleSettings => [.. Sample["Values"]!.AsObject().Select(p => p.Key)];

    private static string Help(string setting) => Sample["_help"]?[setting]?.GetValue<string>() ?? string.Empty;

    [Fact]
    public void Every_setting_of_the_sample_is_explained_once_and_every_explanation_has_a_setting()
    {
        var help = Sample["_help"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Equal(SampleSettings.Order(StringComparer.Ordinal), help.Order(StringComparer.Ordinal));
        Assert.All(SampleSettings, s => Assert.False(string.IsNullOrWhiteSpace(Help(s)), s));
        Assert.Contains(LocalOnly, Sample["_readme"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every setting an options class of the app binds (a public <c>Section</c> or <c>SectionName</c> constant and its
    /// public settable properties of a type configuration can hold), and every key <see cref="StorageSettings"/> reads,
    /// is listed in the sample: a new option fails here until the sample (and so the README's pointer to it) says what it does.
    /// </summary>
    [Fact]
    public void Every_setting_an_options_class_binds_is_listed_in_the_sample()
    {
        var read = new List<string>(StorageSettings.Keys.Select(k => $"{StorageSettings.Section}__{k.Replace(":", "__", StringComparison.Ordinal)}"));
        foreach (var type in AppTypes())
        {
            var section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) ?? type.GetField("Section", BindingFlags.Public | BindingFlags.Static);
            if (section is not { IsLiteral: true } || section.GetRawConstantValue() is not string name || type == typeof(StorageSettings))
                continue;
            read.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && IsConfigurationValue(p.PropertyType))
                .Select(p => $"{name}__{p.Name}"));
        }

        Assert.Contains("AzureBlobs__SasToken", read);
        Assert.Contains("Warehouse__TimeZone", read);
        var missing = read.Except(SampleSettings, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"local.settings.sample.json does not list these settings the app reads: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Every_setting_the_app_reads_is_set_by_the_template_or_marked_optional_or_local_only()
    {
        var (set, runtime) = await TemplateSettingsAsync();

        var missing = SampleSettings
            .Where(s => !Help(s).StartsWith(LocalOnly, StringComparison.Ordinal) && !Help(s).StartsWith(Optional, StringComparison.Ordinal))
            .Where(s => !(s == WorkerRuntime ? runtime == Sample["Values"]![s]!.GetValue<string>() : set.Any(name => Sets(name, s))))
            .ToList();

        Assert.True(
            missing.Count == 0,
            $"Set these in infra/main.bicep, or start their _help in local.settings.sample.json with '{LocalOnly}' or '{Optional}': {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Template_sets_no_local_only_setting()
    {
        var (set, _) = await TemplateSettingsAsync();

        var localOnly = SampleSettings.Where(s => Help(s).StartsWith(LocalOnly, StringComparison.Ordinal));

        var setAnyway = localOnly.Where(s => set.Any(name => Sets(name, s))).ToList();
        Assert.True(setAnyway.Count == 0, $"infra/main.bicep sets local-only settings: {string.Join(", ", setAnyway)}");
        Assert.Contains("ASPNETCORE_ENVIRONMENT", localOnly);
    }

    [Fact]
    public async Task Template_sets_only_settings_named_as_in_the_sample()
    {
        var (set, _) = await TemplateSettingsAsync();

        // The Functions host's own telemetry settings are the only ones the app itself never reads.
        var unknown = set
            .Where(name => !name.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal))
            .Where(name => !SampleSettings.Any(s => Sets(name, s)))
            .ToList();

        Assert.True(unknown.Count == 0, $"infra/main.bicep sets settings that local.settings.sample.json does not list: {string.Join(", ", unknown)}");
        Assert.DoesNotContain(WorkerRuntime, set);
    }

    [Fact]
    public async Task Template_sets_no_connection_string_or_key_the_app_would_sign_in_with()
    {
        var (set, _) = await TemplateSettingsAsync();

        // APPLICATIONINSIGHTS_CONNECTION_STRING only addresses telemetry (the component refuses it without Entra ID).
        var secrets = set.Where(name => name != "APPLICATIONINSIGHTS_CONNECTION_STRING" &&
            (name.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Key", StringComparison.OrdinalIgnoreCase) ||
             name.Contains("SasToken", StringComparison.OrdinalIgnoreCase) || name == "AzureWebJobsStorage")).ToList();
        Assert.True(secrets.Count == 0, $"infra/main.bicep sets secret-bearing settings: {string.Join(", ", secrets)}");
        Assert.Contains("AzureWebJobsStorage__accountName", set);
        Assert.Contains("AzureBlobs__UseManagedIdentity", set);
    }

    private static IEnumerable<Type> AppTypes() =>
        new[] { typeof(StorageSettings).Assembly, typeof(Logistics.Application.Warehouse.WarehouseOptions).Assembly, typeof(Logistics.Storage.Azure.Cosmos.CosmosStoreOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Options", StringComparison.Ordinal));

    private static bool IsConfigurationValue(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return value.IsPrimitive || value.IsEnum || value == typeof(string) || value == typeof(TimeSpan) || value == typeof(decimal) || value == typeof(Uri);
    }

    /// <summary>
    /// A template setting sets a sample setting when the names are equal, or when it is a part of the identity-based
    /// form of that connection (<c>AzureWebJobsStorage__accountName</c> for <c>AzureWebJobsStorage</c>).
    /// </summary>
    private static bool Sets(string templateSetting, string sampleSetting) =>
        templateSetting == sampleSetting ||
        (!sampleSetting.Contains("__", StringComparison.Ordinal) && templateSetting.StartsWith(sampleSetting + "__", StringComparison.Ordinal));

    private static async Task<(IReadOnlyList<string> Settings, string? Runtime)> TemplateSettingsAsync()
    {
        var app = TemplateResources.FunctionApp(TemplateResources.All(await BicepCli.MainTemplateAsync()));
        var runtime = app["properties"]?["functionAppConfig"]?["runtime"]?["name"]?.GetValue<string>();
        return (TemplateResources.AppSettingNames(app), runtime);
    }
}
