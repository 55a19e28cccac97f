using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Functions.Hosting;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Functions.Tests.Deployment;

/// <summary>
/// infra/app-definitions.json, from which the Bicep creates Cosmos DB containers and Service Bus topics, says exactly
/// what the app declares in code: every static <see cref="ContainerDefinition"/> and <see cref="EntityDefinition"/> of
/// the app's assemblies, found by reflection, so a new declaration fails here until the file (and so the deployment)
/// has it. One definition: the app creates its containers from the same declarations at start in development.
/// </summary>
public sealed class AppDefinitionsTests
{
    private static readonly string DefinitionsFile = Path.Combine(BicepCli.InfraFolder, "app-definitions.json");

    [Fact]
    public void Declarations_are_found_in_every_layer_that_makes_them()
    {
        var containers = Declared<ContainerDefinition>().Select(d => d.Name).ToList();

        // The Application layer (warehouse, partners), the Functions layer (access, publishers, the local runtime's),
        // the Cosmos DB adapter (the outbox relay's checkpoints).
        Assert.Contains("warehouse", containers);
        Assert.Contains("partners", containers);
        Assert.Contains("access", containers);
        Assert.Contains("runtime", containers);
        Assert.Contains("outbox-relay", containers);
        Assert.Contains("warehouse-events", Declared<EntityDefinition>().Select(d => d.Name));
    }

    [Fact]
    public void Cosmos_containers_of_the_deployment_are_the_apps_declarations()
    {
        var file = ReadFile();
        var localOnly = (file["localOnlyContainers"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var declared = Declared<ContainerDefinition>();

        Assert.All(localOnly, name => Assert.True(declared.Any(d => d.Name == name), $"localOnlyContainers names '{name}', which the app no longer declares."));
        var expected = new JsonArray([.. declared.Where(d => !localOnly.Contains(d.Name)).OrderBy(d => d.Name, StringComparer.Ordinal).Select(Container)]);
        AssertSame(expected, file["cosmosContainers"], "cosmosContainers");
    }

    [Fact]
    public void Service_Bus_topics_of_the_deployment_are_the_apps_declarations()
    {
        var declared = Declared<EntityDefinition>();

        // servicebus.bicep creates topics only; a queue needs its own loop there first.
        Assert.All(declared, d => Assert.True(d.Subscriptions.Count > 0, $"'{d.Name}' is a queue: add queues to infra/modules/servicebus.bicep and app-definitions.json."));
        var expected = new JsonArray([.. declared.OrderBy(d => d.Name, StringComparer.Ordinal).Select(Topic)]);
        AssertSame(expected, ReadFile()["topics"], "topics");
    }

    [Fact]
    public void Composite_indexes_end_with_the_id_as_the_Cosmos_adapter_sorts()
    {
        var warehouse = (ReadFile()["cosmosContainers"] as JsonArray)!.Single(c => c?["name"]?.GetValue<string>() == "warehouse")!;

        Assert.Equal(-1, warehouse["defaultTtl"]?.GetValue<int>());
        Assert.All(warehouse["compositeIndexes"]!.AsArray(), index => Assert.Equal("/id", index!.AsArray()[^1]!["path"]!.GetValue<string>()));
    }

    private static JsonObject ReadFile() => JsonNode.Parse(File.ReadAllText(DefinitionsFile))!.AsObject();

    private static void AssertSame(JsonArray expected, JsonNode? actual, string property)
    {
        var options = new JsonSerializerOptions { WriteIndented = true };
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"infra/app-definitions.json '{property}' differs from the app's declarations. Expected:\n{expected.ToJsonString(options)}\nActual:\n{actual?.ToJsonString(options)}");
    }

    private static JsonObject Container(ContainerDefinition definition)
    {
        var indexes = new JsonArray();
        foreach (var order in definition.SortOrders)
        {
            // As the Cosmos adapter builds them (CosmosCompositeIndex): the order's paths, then the id ascending.
            var paths = new JsonArray();
            foreach (var part in order.Append(new QueryOrder(ContainerDefinition.IdPath)))
            {
                paths.Add(new JsonObject { ["path"] = part.Path, ["order"] = part.Descending ? "descending" : "ascending" });
            }

            indexes.Add(paths);
        }

        return new JsonObject
        {
            ["name"] = definition.Name,
            ["partitionKeyPath"] = definition.PartitionKeyPath,
            ["defaultTtl"] = definition.DefaultTimeToLiveSeconds,
            ["compositeIndexes"] = indexes,
        };
    }

    private static JsonObject Topic(EntityDefinition definition) => new()
    {
        ["name"] = definition.Name,
        ["subscriptions"] = new JsonArray([.. definition.Subscriptions.Select(s => JsonValue.Create(s))]),
        ["maxDeliveryCount"] = definition.MaxDeliveryCount,
    };

    /// <summary>Every distinct value of a static field or property of type <typeparamref name="T"/> in the app's assemblies.</summary>
    private static List<T> Declared<T>()
        where T : class
    {
        // Every app assembly beside the tests (the test project references the app, which brings all its layers).
        _ = typeof(StorageSettings);
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "Logistics.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.Contains("Test", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name!))
            .ToList();
        Assert.Contains(typeof(StorageSettings).Assembly, assemblies);
        const BindingFlags Statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<T>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters))
        {
            found.AddRange(type.GetFields(Statics).Where(f => f.FieldType == typeof(T)).Select(f => f.GetValue(null)).OfType<T>());
            found.AddRange(type.GetProperties(Statics).Where(p => p.PropertyType == typeof(T) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                .Select(p => p.GetValue(null)).OfType<T>());
        }

        var distinct = found.Distinct().ToList();
        var names = distinct.Select(d => d switch { ContainerDefinition c => c.Name, EntityDefinition e => e.Name, _ => d.ToString()! }).ToList();
        Assert.True(names.Count == names.Distinct(StringComparer.Ordinal).Count(), $"Two different declarations share a name: {string.Join(", ", names)}");
        return distinct;
    }
}
