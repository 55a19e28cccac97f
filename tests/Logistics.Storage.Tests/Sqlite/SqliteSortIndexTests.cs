using Logistics.Storage.Documents;
using Logistics.Storage.Sqlite;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>
/// A container's declared sort orders are indexed on the expressions the translator writes, so SQLite seeks and reads in
/// order within a partition instead of sorting it for every page (asked of SQLite's own query planner).
/// </summary>
public sealed class SqliteSortIndexTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task A_query_ordered_and_ranged_by_a_declared_path_is_served_by_its_index_without_a_sort()
    {
        var definition = new ContainerDefinition("ledger", "/owner") { SortOrders = [[new QueryOrder("/at")]] };
        await database.Storage.Documents.EnsureContainerAsync(definition);
        var container = database.Storage.Documents.GetContainer("ledger");
        for (var i = 0; i < 50; i++)
        {
            await container.CreateAsync(new { id = $"m{i:D2}", owner = "o", at = $"2026-11-{(i % 28) + 1:D2}" });
        }

        var query = new DocumentQuery("o") { PageSize = 10 }
            .Where("/at", QueryOperator.GreaterThan, "2026-11-10").Where("/at", QueryOperator.LessThan, "2026-11-20")
            .OrderByPath("/at");

        var plan = Plan(definition, query);

        Assert.Contains(plan, step => step.Contains("USING INDEX ix_sort_", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        var page = await container.QueryAsync<Entry>(query);
        Assert.Equal(["m10", "m38", "m11", "m39", "m12", "m40", "m13", "m41", "m14", "m42"], page.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task Declaring_the_container_again_keeps_one_index_per_order()
    {
        var definition = new ContainerDefinition("ledger", "/owner") { SortOrders = [[new QueryOrder("/at")], [new QueryOrder("/sku"), new QueryOrder("/at", Descending: true)]] };
        await database.Storage.Documents.EnsureContainerAsync(definition);
        await database.Storage.Documents.EnsureContainerAsync(definition);

        var indexes = database.Storage.Database.Read(session =>
        {
            using var reader = session.Command("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_sort_%'").ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
                names.Add(reader.GetString(0));
            return names;
        });

        Assert.Equal(2, indexes.Count);
    }

    public void Dispose() => database.Dispose();

    private List<string> Plan(ContainerDefinition definition, DocumentQuery query)
    {
        var translated = SqliteQueryTranslator.Translate(definition, query, 0);
        return database.Storage.Database.Read(session =>
        {
            var command = session.Command("EXPLAIN QUERY PLAN " + translated.Sql);
            foreach (var (name, value) in translated.Parameters)
                command.With(name, value);
            using var reader = command.ExecuteReader();
            var steps = new List<string>();
            while (reader.Read())
                steps.Add(reader.GetString(3));
            return steps;
        });
    }

    private sealed record Entry(string Id, string At);
}
