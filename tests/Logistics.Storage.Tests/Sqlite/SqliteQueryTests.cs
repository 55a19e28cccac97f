using System.Text.Json;
using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>Query details the portable contract leaves to the adapter: value kinds, odd dates and bad input.</summary>
public sealed class SqliteQueryTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task Booleans_nulls_and_enums_compare_as_the_serializer_stores_them()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new { id = "a", pk = "p", active = true, note = (string?)null, kind = DayOfWeek.Monday, n = 1 });
        await container.CreateAsync(new { id = "b", pk = "p", active = false, note = "x", kind = DayOfWeek.Friday, n = 1 });
        await container.CreateAsync(new { id = "c", pk = "p", n = 0 });

        Assert.Equal(["a"], await IdsAsync(container, new DocumentQuery("p").WhereEquals("/active", true)));
        Assert.Equal(["b"], await IdsAsync(container, new DocumentQuery("p").WhereEquals("/active", false)));
        Assert.Equal(["a", "c"], await IdsAsync(container, new DocumentQuery("p").WhereEquals("/note", null)));
        Assert.Equal(["b"], await IdsAsync(container, new DocumentQuery("p").Where("/note", QueryOperator.NotEqual, null)));
        Assert.Equal(["b"], await IdsAsync(container, new DocumentQuery("p").WhereEquals("/kind", DayOfWeek.Friday)));
        // A number 1 is not the boolean true.
        Assert.Equal(["a"], await IdsAsync(container, new DocumentQuery("p").WhereEquals("/active", true).WhereEquals("/n", 1)));
    }

    [Fact]
    public async Task Range_filters_do_not_match_values_of_another_type()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new { id = "number", pk = "p", v = 5 });
        await container.CreateAsync(new { id = "text", pk = "p", v = "9" });

        Assert.Equal(["number"], await IdsAsync(container, new DocumentQuery("p").Where("/v", QueryOperator.GreaterThan, 1)));
        Assert.Equal(["text"], await IdsAsync(container, new DocumentQuery("p").Where("/v", QueryOperator.GreaterThan, "1")));
    }

    [Fact]
    public async Task Dates_written_with_z_an_offset_or_trimmed_fractions_compare_as_instants()
    {
        var container = await NewContainerAsync();
        var instant = new DateTimeOffset(2026, 3, 1, 12, 0, 0, 500, TimeSpan.Zero);
        await container.CreateAsync(new { id = "z", pk = "p", at = instant.UtcDateTime });
        await container.CreateAsync(new { id = "offset", pk = "p", at = instant.ToOffset(TimeSpan.FromHours(2)) });
        await container.CreateAsync(new { id = "later", pk = "p", at = instant.AddTicks(1) });

        Assert.Equal(["offset", "z"], await IdsAsync(container, new DocumentQuery("p").WhereEquals("/at", instant)));
        Assert.Equal(["later"], await IdsAsync(container, new DocumentQuery("p").Where("/at", QueryOperator.GreaterThan, instant)));
    }

    [Fact]
    public async Task Bad_paging_input_is_refused_clearly()
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.QueryAsync<JsonElement>(new DocumentQuery("p") { PageSize = 0 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.QueryAsync<JsonElement>(new DocumentQuery("p") { PageSize = 1001 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.QueryAsync<JsonElement>(new DocumentQuery("p") { ContinuationToken = "not-a-token" }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.ReadChangesAsync("x", 10));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.QueryAsync<JsonElement>(new DocumentQuery("p").WhereEquals("status", "x")));
    }

    [Fact]
    public async Task Patch_refuses_to_change_the_id_or_partition_key()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("a", "p"));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.PatchAsync<TestDocument>("a", "p", [PatchOperation.Set("/id", "b")]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.PatchAsync<TestDocument>("a", "p", [PatchOperation.Set("/pk", "q")]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.PatchAsync<TestDocument>("a", "p", [PatchOperation.Increment("/status", 1L)]));
    }

    [Fact]
    public async Task Unknown_containers_are_refused_with_a_hint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => database.Storage.Documents.GetContainer("missing"));

        Assert.Contains("EnsureContainerAsync", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition("bad name", "/pk")));
    }

    public void Dispose() => database.Dispose();

    private static async Task<List<string>> IdsAsync(IDocumentContainer container, DocumentQuery query) =>
        (await container.QueryAsync<JsonElement>(query)).Items.Select(item => item.Id).Order(StringComparer.Ordinal).ToList();

    private async Task<IDocumentContainer> NewContainerAsync()
    {
        await database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition("q", "/pk"));
        return database.Storage.Documents.GetContainer("q");
    }
}
