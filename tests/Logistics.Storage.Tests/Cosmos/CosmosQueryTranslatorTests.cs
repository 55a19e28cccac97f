using System.Text.Json;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Tests.Cosmos;

public sealed class CosmosQueryTranslatorTests
{
    private const string Outbox = "NOT IS_DEFINED(c._outbox)";

    private enum Priority
    {
        Low,
        Urgent,
    }

    [Fact]
    public void Single_partition_query_filters_on_the_partition_key_and_excludes_outbox_documents()
    {
        var sql = CosmosQueryTranslator.Translate(new DocumentQuery("owner-1"), "/ownerId");

        Assert.Equal($"SELECT * FROM c WHERE c[\"ownerId\"] = @pk AND {Outbox} ORDER BY c[\"id\"] ASC", sql.Text);
        Assert.Equal(Parameters(("@pk", "owner-1")), Describe(sql.Parameters));
    }

    [Fact]
    public void Cross_partition_query_has_no_partition_filter()
    {
        var sql = CosmosQueryTranslator.Translate(new DocumentQuery(null).WhereEquals("/status", "open"), "/ownerId");

        Assert.Equal($"SELECT * FROM c WHERE {Outbox} AND c[\"status\"] = @p0 ORDER BY c[\"id\"] ASC", sql.Text);
        Assert.Equal(Parameters(("@p0", "open")), Describe(sql.Parameters));
    }

    [Theory]
    [InlineData(QueryOperator.Equal, "c[\"qty\"] = @p0")]
    [InlineData(QueryOperator.NotEqual, "c[\"qty\"] != @p0")]
    [InlineData(QueryOperator.LessThan, "c[\"qty\"] < @p0")]
    [InlineData(QueryOperator.LessThanOrEqual, "c[\"qty\"] <= @p0")]
    [InlineData(QueryOperator.GreaterThan, "c[\"qty\"] > @p0")]
    [InlineData(QueryOperator.GreaterThanOrEqual, "c[\"qty\"] >= @p0")]
    [InlineData(QueryOperator.StartsWith, "STARTSWITH(c[\"qty\"], @p0)")]
    public void Comparison_operators_become_parameterized_conditions(QueryOperator op, string condition)
    {
        var sql = CosmosQueryTranslator.Translate(new DocumentQuery(null).Where("/qty", op, 5), "/pk");

        Assert.Equal($"SELECT * FROM c WHERE {Outbox} AND {condition} ORDER BY c[\"id\"] ASC", sql.Text);
        Assert.Equal(Parameters(("@p0", 5L)), Describe(sql.Parameters));
    }

    [Fact]
    public void Equal_to_null_matches_missing_or_null_and_not_equal_to_null_the_opposite()
    {
        var sql = CosmosQueryTranslator.Translate(
            new DocumentQuery("p").WhereEquals("/due", null).Where("/lot", QueryOperator.NotEqual, null), "/pk");

        Assert.Equal(
            $"SELECT * FROM c WHERE c[\"pk\"] = @pk AND {Outbox} AND (NOT IS_DEFINED(c[\"due\"]) OR IS_NULL(c[\"due\"])) " +
            "AND (IS_DEFINED(c[\"lot\"]) AND NOT IS_NULL(c[\"lot\"])) ORDER BY c[\"id\"] ASC",
            sql.Text);
        Assert.Single(sql.Parameters);
    }

    [Fact]
    public void In_becomes_array_contains_with_the_list_as_one_parameter()
    {
        var sql = CosmosQueryTranslator.Translate(new DocumentQuery(null).Where("/line/sku", QueryOperator.In, new[] { "A", "B" }), "/pk");

        Assert.Equal($"SELECT * FROM c WHERE {Outbox} AND ARRAY_CONTAINS(@p0, c[\"line\"][\"sku\"]) ORDER BY c[\"id\"] ASC", sql.Text);
        var list = Assert.IsType<List<object?>>(sql.Parameters[0].Value);
        Assert.Equal(["A", "B"], list);
    }

    [Theory]
    [InlineData("single")]
    [InlineData(null)]
    [InlineData(42)]
    public void In_without_a_list_is_rejected(object? value)
    {
        Assert.Throws<ArgumentException>(() => CosmosQueryTranslator.Translate(new DocumentQuery(null).Where("/a", QueryOperator.In, value), "/pk"));
    }

    [Fact]
    public void Parameters_are_numbered_in_filter_order()
    {
        var sql = CosmosQueryTranslator.Translate(
            new DocumentQuery("p").Where("/qty", QueryOperator.GreaterThan, 1).Where("/qty", QueryOperator.LessThan, 9.5).WhereEquals("/ok", true),
            "/pk");

        Assert.Contains("c[\"qty\"] > @p0 AND c[\"qty\"] < @p1 AND c[\"ok\"] = @p2", sql.Text, StringComparison.Ordinal);
        Assert.Equal(Parameters(("@pk", "p"), ("@p0", 1L), ("@p1", 9.5), ("@p2", true)), Describe(sql.Parameters));
    }

    [Fact]
    public void Instants_become_the_utc_text_documents_are_stored_with()
    {
        var local = new DateTimeOffset(2026, 3, 1, 14, 0, 0, TimeSpan.FromHours(2));
        var stored = JsonSerializer.Serialize(new { due = local.ToUniversalTime() }, DocumentJson.Options);

        var sql = CosmosQueryTranslator.Translate(new DocumentQuery(null).Where("/due", QueryOperator.LessThan, local), "/pk");

        Assert.Equal("2026-03-01T12:00:00+00:00", sql.Parameters[0].Value);
        Assert.Contains("\"2026-03-01T12:00:00+00:00\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Enums_are_compared_as_the_strings_documents_store()
    {
        var sql = CosmosQueryTranslator.Translate(new DocumentQuery(null).WhereEquals("/priority", Priority.Urgent), "/pk");

        Assert.Equal("Urgent", sql.Parameters[0].Value);
    }

    [Fact]
    public void Order_by_paths_come_first_and_the_id_breaks_ties()
    {
        var sql = CosmosQueryTranslator.Translate(new DocumentQuery(null).OrderByPath("/status").OrderByPath("/line/count", descending: true), "/pk");

        Assert.EndsWith("ORDER BY c[\"status\"] ASC, c[\"line\"][\"count\"] DESC, c[\"id\"] ASC", sql.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "ORDER BY c[\"id\"] ASC")]
    [InlineData(true, "ORDER BY c[\"id\"] DESC")]
    public void An_order_ending_with_the_id_is_not_sorted_by_the_id_again(bool descending, string expected)
    {
        var sql = CosmosQueryTranslator.Translate(new DocumentQuery(null).OrderByPath("/id", descending), "/pk");

        Assert.EndsWith(expected, sql.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/status", "c[\"status\"]")]
    [InlineData("/line/sku", "c[\"line\"][\"sku\"]")]
    [InlineData("/lines/0/sku", "c[\"lines\"][0][\"sku\"]")]
    [InlineData("/we\"ird\\name", "c[\"we\\\"ird\\\\name\"]")]
    public void Paths_become_bracketed_property_accessors(string path, string expected)
    {
        Assert.Equal(expected, CosmosQueryTranslator.Property(path));
    }

    [Theory]
    [InlineData("status")]
    [InlineData("/")]
    [InlineData("/a//b")]
    [InlineData("")]
    public void Malformed_paths_are_rejected(string path)
    {
        Assert.ThrowsAny<ArgumentException>(() => CosmosQueryTranslator.Property(path));
    }

    // Compares names, values and CLR types: the SDK serializes these values, so a long must not turn into a double.
    private static List<string> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.Select(parameter => Describe(parameter.Name, parameter.Value)).ToList();

    private static List<string> Describe(IEnumerable<KeyValuePair<string, object?>> parameters) =>
        parameters.Select(parameter => Describe(parameter.Key, parameter.Value)).ToList();

    private static string Describe(string name, object? value) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}={value} ({value?.GetType().Name})");
}
