using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Tests.Documents.Contract;

/// <summary>
/// CRUD, optimistic concurrency, patch, single-partition queries and the change sequence: what every document store
/// adapter must do alike. Subclass it and supply <see cref="DocumentContractBase.Store"/>.
/// </summary>
public abstract class DocumentCrudContractTests : DocumentContractBase
{
    [Fact]
    public async Task Create_then_read_returns_the_document_with_its_etag()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1", "new", 3));

        var read = await container.ReadAsync<TestDocument>("a", "p1");

        Assert.NotNull(read);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal("p1", read.PartitionKey);
        Assert.Equal(new TestDocument("a", "p1", "new", 3), read.Value);
        Assert.False(string.IsNullOrEmpty(created.ETag));
    }

    [Fact]
    public async Task Create_with_an_existing_id_throws_conflict_and_keeps_the_first()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("a", "p1", "first"));

        await Assert.ThrowsAsync<DocumentConflictException>(() => container.CreateAsync(new TestDocument("a", "p1", "second")));

        Assert.Equal("first", (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task Read_of_an_absent_document_returns_null()
    {
        var container = await NewContainerAsync();

        Assert.Null(await container.ReadAsync<TestDocument>("missing", "p1"));
    }

    [Fact]
    public async Task Replace_with_the_current_etag_succeeds_and_issues_a_new_etag()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1", "new"));

        var replaced = await container.ReplaceAsync(new TestDocument("a", "p1", "picked"), created.ETag);

        Assert.NotEqual(created.ETag, replaced.ETag);
        Assert.Equal("picked", (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task Replace_with_a_stale_etag_throws_precondition_failed()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1", "new"));
        await container.ReplaceAsync(new TestDocument("a", "p1", "second"), created.ETag);

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => container.ReplaceAsync(new TestDocument("a", "p1", "third"), created.ETag));

        Assert.Equal("second", (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task Replace_of_an_absent_document_throws_not_found()
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAsync<DocumentNotFoundException>(() => container.ReplaceAsync(new TestDocument("a", "p1")));
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_throws_precondition_failed_and_keeps_the_document()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1"));
        await container.ReplaceAsync(new TestDocument("a", "p1", "changed"));

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => container.DeleteAsync("a", "p1", created.ETag));

        Assert.NotNull(await container.ReadAsync<TestDocument>("a", "p1"));
    }

    [Fact]
    public async Task Delete_with_the_current_etag_removes_the_document()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1"));

        await container.DeleteAsync("a", "p1", created.ETag);

        Assert.Null(await container.ReadAsync<TestDocument>("a", "p1"));
    }

    [Fact]
    public async Task Delete_of_an_absent_document_throws_not_found()
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAsync<DocumentNotFoundException>(() => container.DeleteAsync("a", "p1"));
    }

    [Fact]
    public async Task Upsert_creates_then_replaces()
    {
        var container = await NewContainerAsync();

        var first = await container.UpsertAsync(new TestDocument("a", "p1", "one"));
        var second = await container.UpsertAsync(new TestDocument("a", "p1", "two"));

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("two", (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task Upsert_with_a_stale_etag_throws_precondition_failed()
    {
        var container = await NewContainerAsync();
        var first = await container.UpsertAsync(new TestDocument("a", "p1", "one"));
        await container.UpsertAsync(new TestDocument("a", "p1", "two"));

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => container.UpsertAsync(new TestDocument("a", "p1", "three"), first.ETag));
    }

    [Fact]
    public async Task Patch_sets_increments_and_removes_properties()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("a", "p1", "new", 5, Line: new TestLine("SKU-1", 2)));

        var patched = await container.PatchAsync<TestDocument>(
            "a",
            "p1",
            [PatchOperation.Set("/status", "received"), PatchOperation.Increment("/qty", 3L), PatchOperation.Increment("/line/count", 10L), PatchOperation.Remove("/due")]);

        Assert.Equal(new TestDocument("a", "p1", "received", 8, Line: new TestLine("SKU-1", 12)), patched.Value);
        var removed = await container.PatchAsync<JsonElement>("a", "p1", [PatchOperation.Remove("/line")]);
        Assert.False(removed.Value.TryGetProperty("line", out _));
        Assert.Equal(8, removed.Value.GetProperty("qty").GetInt32());
    }

    [Fact]
    public async Task Patch_increment_of_an_absent_path_creates_it()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new { id = "a", pk = "p1" });

        var patched = await container.PatchAsync<JsonElement>("a", "p1", [PatchOperation.Increment("/received", 4L)]);

        Assert.Equal(4, patched.Value.GetProperty("received").GetInt64());
    }

    [Fact]
    public async Task Patch_with_a_stale_etag_throws_precondition_failed()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1"));
        await container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Increment("/qty", 1L)]);

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Increment("/qty", 1L)], created.ETag));
    }

    [Fact]
    public async Task Patch_of_an_absent_document_throws_not_found()
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAsync<DocumentNotFoundException>(() => container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Increment("/qty", 1L)]));
    }

    [Fact]
    public async Task Stored_json_carries_etag_and_unix_timestamp_system_properties()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1"));

        var raw = (await container.ReadAsync<JsonElement>("a", "p1"))!;

        Assert.Equal(created.ETag, raw.Value.GetProperty("_etag").GetString());
        var ts = raw.Value.GetProperty("_ts").GetInt64();
        Assert.Equal(raw.Timestamp.ToUnixTimeSeconds(), ts);
        Assert.InRange(ts, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), long.MaxValue);
    }

    [Fact]
    public async Task The_same_id_in_two_partitions_is_two_documents()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("a", "p1", "one"));
        await container.CreateAsync(new TestDocument("a", "p2", "two"));

        await container.DeleteAsync("a", "p1");

        Assert.Null(await container.ReadAsync<TestDocument>("a", "p1"));
        Assert.Equal("two", (await container.ReadAsync<TestDocument>("a", "p2"))!.Value.Status);
    }

    [Fact]
    public async Task Partition_key_at_a_custom_path_is_used()
    {
        var container = await NewContainerAsync("/ownerId");
        await container.CreateAsync(new { id = "a", ownerId = "o1", name = "x" });

        Assert.NotNull(await container.ReadAsync<JsonElement>("a", "o1"));
        Assert.Null(await container.ReadAsync<JsonElement>("a", "a"));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("")]
    public async Task Create_with_an_invalid_id_throws_argument_exception(string id)
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.CreateAsync(new TestDocument(id, "p1")));
    }

    [Fact]
    public async Task Create_without_a_string_partition_key_throws_argument_exception()
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.CreateAsync(new { id = "a", pk = 5 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => container.CreateAsync(new { id = "b" }));
    }

    [Fact]
    public async Task Query_with_equality_filter_returns_matches_of_the_partition_only()
    {
        var container = await NewContainerAsync();
        await SeedAsync(container, new("a", "p1", "open"), new("b", "p1", "closed"), new("c", "p1", "open"), new("d", "p2", "open"));

        var page = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").WhereEquals("/status", "open"));

        Assert.Equal(["a", "c"], SortedIds(page.Items));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Query_with_range_filters_on_numbers()
    {
        var container = await NewContainerAsync();
        await SeedAsync(container, new("a", "p1", Qty: 1), new("b", "p1", Qty: 5), new("c", "p1", Qty: 10), new("d", "p1", Qty: 20));

        var page = await container.QueryAsync<TestDocument>(
            new DocumentQuery("p1").Where("/qty", QueryOperator.GreaterThanOrEqual, 5).Where("/qty", QueryOperator.LessThan, 20));
        var notEqual = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/qty", QueryOperator.NotEqual, 10));
        var upTo = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/qty", QueryOperator.LessThanOrEqual, 5));
        var above = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/qty", QueryOperator.GreaterThan, 10));

        Assert.Equal(["b", "c"], SortedIds(page.Items));
        Assert.Equal(["a", "b", "d"], SortedIds(notEqual.Items));
        Assert.Equal(["a", "b"], SortedIds(upTo.Items));
        Assert.Equal(["d"], SortedIds(above.Items));
    }

    [Fact]
    public async Task Query_with_range_filters_on_utc_dates()
    {
        var container = await NewContainerAsync();
        var noon = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        await SeedAsync(
            container,
            new("a", "p1", Due: noon.AddHours(-1)),
            new("b", "p1", Due: noon),
            new("c", "p1", Due: noon.AddMilliseconds(1)),
            new("d", "p1", Due: noon.AddDays(1)));

        var before = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/due", QueryOperator.LessThanOrEqual, noon));
        var exactly = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").WhereEquals("/due", noon));
        var after = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/due", QueryOperator.GreaterThan, noon));

        Assert.Equal(["a", "b"], SortedIds(before.Items));
        Assert.Equal(["b"], SortedIds(exactly.Items));
        Assert.Equal(["c", "d"], SortedIds(after.Items));
    }

    [Fact]
    public async Task Query_with_starts_with_and_in_filters_on_nested_paths()
    {
        var container = await NewContainerAsync();
        await SeedAsync(
            container,
            new("a", "p1", Line: new TestLine("SKU-100", 1)),
            new("b", "p1", Line: new TestLine("SKU-200", 1)),
            new("c", "p1", Line: new TestLine("XYZ-100", 1)),
            new("d", "p1", "held"));

        var prefixed = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/line/sku", QueryOperator.StartsWith, "SKU-"));
        var listed = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/line/sku", QueryOperator.In, new[] { "SKU-200", "XYZ-100", "nope" }));
        var statuses = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").Where("/status", QueryOperator.In, new List<string> { "held" }));

        Assert.Equal(["a", "b"], SortedIds(prefixed.Items));
        Assert.Equal(["b", "c"], SortedIds(listed.Items));
        Assert.Equal(["d"], SortedIds(statuses.Items));
    }

    [Fact]
    public async Task Query_pages_through_every_match_once_with_continuations()
    {
        var container = await NewContainerAsync();
        var expected = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            var id = $"doc-{i:D2}";
            await container.CreateAsync(new TestDocument(id, "p1", i % 4 == 0 ? "skip" : "take"));
            if (i % 4 != 0)
                expected.Add(id);
        }

        await container.CreateAsync(new TestDocument("other", "p2", "take"));

        var all = await ReadAllPagesAsync(container, new DocumentQuery("p1") { PageSize = 5 }.WhereEquals("/status", "take"));

        Assert.Equal(expected.Order(StringComparer.Ordinal).ToList(), SortedIds(all));
    }

    [Fact]
    public async Task Changes_are_read_in_order_and_resume_from_the_continuation()
    {
        var container = await NewContainerAsync();
        await SeedAsync(container, new("a", "p1"), new("b", "p1"), new("c", "p2"));

        var first = await container.ReadChangesAsync(null, 100);
        Assert.Equal(["a", "b", "c"], first.Changes.Select(change => change.Id).Order(StringComparer.Ordinal));

        await container.ReplaceAsync(new TestDocument("a", "p1", "changed"));
        await container.CreateAsync(new TestDocument("d", "p1"));
        var second = await container.ReadChangesAsync(first.Continuation, 100);

        Assert.Equal(["a", "d"], second.Changes.Select(change => change.Id).Order(StringComparer.Ordinal));
        Assert.Equal("changed", second.Changes.Single(change => change.Id == "a").Value.GetProperty("status").GetString());
        var third = await container.ReadChangesAsync(second.Continuation, 100);
        Assert.Empty(third.Changes);
        Assert.NotNull(third.Continuation);
    }

    [Fact]
    public async Task Changes_within_a_partition_keep_commit_order()
    {
        var container = await NewContainerAsync();
        await SeedAsync(container, new("z", "p1"), new("m", "p1"), new("a", "p1"));

        var page = await container.ReadChangesAsync(null, 100);

        Assert.Equal(["z", "m", "a"], page.Changes.Select(change => change.Id));
    }
}
