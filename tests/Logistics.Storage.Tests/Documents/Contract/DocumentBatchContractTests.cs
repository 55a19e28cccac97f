using Logistics.Storage.Documents;

namespace Logistics.Storage.Tests.Documents.Contract;

/// <summary>Transactional batches inside one partition: all or nothing, the failing index named, ETags honoured.</summary>
public abstract class DocumentBatchContractTests : DocumentContractBase
{
    [Fact]
    public async Task Batch_commits_every_operation_and_returns_results_in_order()
    {
        var container = await NewContainerAsync();
        var existing = await container.CreateAsync(new TestDocument("old", "p1", Qty: 1));
        await container.CreateAsync(new TestDocument("gone", "p1"));

        var results = await container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Replace(new TestDocument("old", "p1", "replaced"), existing.ETag)
            .Upsert(new TestDocument("b", "p1"))
            .Delete("gone")
            .Patch("a", [PatchOperation.Increment("/qty", 2L)])
            .ExecuteAsync();

        Assert.Equal(["a", "old", "b", "gone", "a"], results.Select(result => result.Id));
        Assert.Null(results[3].ETag);
        Assert.All(results.Where((_, index) => index != 3), result => Assert.False(string.IsNullOrEmpty(result.ETag)));
        Assert.Equal(results[4].ETag, (await container.ReadAsync<TestDocument>("a", "p1"))!.ETag);
        Assert.Equal(2, (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Qty);
        Assert.Equal("replaced", (await container.ReadAsync<TestDocument>("old", "p1"))!.Value.Status);
        Assert.Null(await container.ReadAsync<TestDocument>("gone", "p1"));
    }

    [Fact]
    public async Task A_failing_operation_rolls_back_the_whole_batch_and_names_its_index()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("taken", "p1", "original"));
        await container.CreateAsync(new TestDocument("kept", "p1", "original"));

        var failure = await Assert.ThrowsAsync<DocumentBatchException>(() => container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Replace(new TestDocument("kept", "p1", "changed"))
            .Create(new TestDocument("taken", "p1", "duplicate"))
            .Create(new TestDocument("b", "p1"))
            .ExecuteAsync());

        Assert.Equal(2, failure.FailedOperationIndex);
        Assert.IsType<DocumentConflictException>(failure.Failure);
        Assert.Null(await container.ReadAsync<TestDocument>("a", "p1"));
        Assert.Null(await container.ReadAsync<TestDocument>("b", "p1"));
        Assert.Equal("original", (await container.ReadAsync<TestDocument>("kept", "p1"))!.Value.Status);
        Assert.Equal("original", (await container.ReadAsync<TestDocument>("taken", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task A_stale_etag_in_a_batch_fails_it_with_precondition_failed()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1"));
        await container.ReplaceAsync(new TestDocument("a", "p1", "moved on"));

        var failure = await Assert.ThrowsAsync<DocumentBatchException>(() => container.CreateBatch("p1")
            .Create(new TestDocument("b", "p1"))
            .Replace(new TestDocument("a", "p1", "stale write"), created.ETag)
            .ExecuteAsync());

        Assert.Equal(1, failure.FailedOperationIndex);
        Assert.IsType<DocumentPreconditionFailedException>(failure.Failure);
        Assert.Null(await container.ReadAsync<TestDocument>("b", "p1"));
        Assert.Equal("moved on", (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task A_missing_document_in_a_batch_fails_it_with_not_found()
    {
        var container = await NewContainerAsync();

        var failure = await Assert.ThrowsAsync<DocumentBatchException>(() => container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Delete("missing")
            .ExecuteAsync());

        Assert.Equal(1, failure.FailedOperationIndex);
        Assert.IsType<DocumentNotFoundException>(failure.Failure);
        Assert.Null(await container.ReadAsync<TestDocument>("a", "p1"));
    }

    [Fact]
    public async Task A_batch_can_use_the_etag_returned_by_a_read_for_optimistic_concurrency()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("counter", "p1", Qty: 1));
        var read = (await container.ReadAsync<TestDocument>("counter", "p1"))!;

        var results = await container.CreateBatch("p1")
            .Replace(read.Value with { Qty = read.Value.Qty + 1 }, read.ETag)
            .Create(new TestDocument("movement-1", "p1"))
            .ExecuteAsync();

        Assert.Equal(2, results.Count);
        Assert.Equal(2, (await container.ReadAsync<TestDocument>("counter", "p1"))!.Value.Qty);
        Assert.NotEqual(read.ETag, results[0].ETag);
    }

    [Fact]
    public async Task A_document_of_another_partition_is_rejected()
    {
        var container = await NewContainerAsync();

        Assert.ThrowsAny<ArgumentException>(() => container.CreateBatch("p1").Create(new TestDocument("a", "p2")));
    }
}
