using System.Text;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// The <see cref="IBlobStore"/> contract: every adapter runs these. Each test works under its own name scope, so
/// adapters may share one container across tests.
/// </summary>
public abstract class BlobStoreContractTests
{
    /// <summary>The block threshold the adapters are configured with in tests, so a few hundred KiB exercise blocks.</summary>
    public const int TestBlockThreshold = 64 * 1024;

    /// <summary>The store under test.</summary>
    protected abstract IBlobStore Store { get; }

    /// <summary>A name prefix no other test uses.</summary>
    protected string Scope { get; } = $"t{Guid.NewGuid():N}/";

    public static TheoryData<string> InvalidNames => new()
    {
        "..",
        "a/../b",
        "../escape",
        "/absolute",
        "a\\b",
        "a//b",
        "a/",
        "./a",
        string.Empty,
        "a\u0001b",
    };

    [Fact]
    public async Task Put_then_get_round_trips_content_and_content_type()
    {
        var name = Scope + "reports/demo/stock.csv";
        await Store.PutAsync(name, Utf8("sku,qty\nA,1\n"), "text/csv; charset=utf-8");

        var blob = await Store.GetAsync(name);

        Assert.NotNull(blob);
        Assert.Equal(name, blob.Name);
        Assert.Equal("sku,qty\nA,1\n", Encoding.UTF8.GetString(blob.Content.Span));
        Assert.Equal("text/csv; charset=utf-8", blob.ContentType);
        Assert.InRange(blob.LastModified, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task A_stream_of_unknown_length_larger_than_a_block_is_stored_whole_and_read_back_as_a_stream()
    {
        var name = Scope + "reports/demo/stock-ledger.csv";
        var content = new byte[(TestBlockThreshold * 3) + 123];
        new Random(7).NextBytes(content);
        await using (var source = new ForwardOnlyStream(content))
            await Store.PutAsync(name, source, "text/csv");

        await using var download = await Store.OpenReadAsync(name);

        Assert.NotNull(download);
        Assert.Equal(content.Length, download.Length);
        Assert.Equal("text/csv", download.ContentType);
        using var read = new MemoryStream();
        await download.Content.CopyToAsync(read);
        Assert.Equal(content, read.ToArray());
    }

    [Fact]
    public async Task Opening_an_absent_blob_gives_null()
    {
        Assert.Null(await Store.OpenReadAsync(Scope + "absent/report.csv"));
    }

    [Fact]
    public async Task Put_of_empty_content_round_trips()
    {
        var name = Scope + "empty.bin";
        await Store.PutAsync(name, ReadOnlyMemory<byte>.Empty, "application/octet-stream");

        var blob = await Store.GetAsync(name);

        Assert.NotNull(blob);
        Assert.Equal(0, blob.Content.Length);
    }

    [Fact]
    public async Task Names_with_spaces_and_reserved_url_characters_round_trip_and_list()
    {
        var name = Scope + "owner één/stock #1 100%+x&y=z.csv";
        await Store.PutAsync(name, Utf8("x"), "text/csv");

        var blob = await Store.GetAsync(name);
        var listed = await ListAsync(Scope + "owner één/");

        Assert.NotNull(blob);
        Assert.Equal("x", Encoding.UTF8.GetString(blob.Content.Span));
        Assert.Equal([name], listed.Select(b => b.Name));
    }

    [Fact]
    public async Task Put_with_overwrite_replaces_content_and_content_type()
    {
        var name = Scope + "overwritten.txt";
        await Store.PutAsync(name, Utf8("first version, longer"), "text/plain");

        await Store.PutAsync(name, Utf8("second"), "application/json", BlobWriteMode.Overwrite);

        var blob = await Store.GetAsync(name);
        Assert.NotNull(blob);
        Assert.Equal("second", Encoding.UTF8.GetString(blob.Content.Span));
        Assert.Equal("application/json", blob.ContentType);
    }

    [Fact]
    public async Task Put_create_only_of_a_new_blob_writes_it()
    {
        var name = Scope + "new.txt";

        await Store.PutAsync(name, Utf8("created"), "text/plain", BlobWriteMode.CreateOnly);

        var blob = await Store.GetAsync(name);
        Assert.NotNull(blob);
        Assert.Equal("created", Encoding.UTF8.GetString(blob.Content.Span));
    }

    [Fact]
    public async Task Put_create_only_of_an_existing_blob_throws_and_keeps_the_original()
    {
        var name = Scope + "once.txt";
        await Store.PutAsync(name, Utf8("original"), "text/plain", BlobWriteMode.CreateOnly);

        await Assert.ThrowsAsync<BlobAlreadyExistsException>(
            () => Store.PutAsync(name, Utf8("intruder"), "application/json", BlobWriteMode.CreateOnly));

        var blob = await Store.GetAsync(name);
        Assert.NotNull(blob);
        Assert.Equal("original", Encoding.UTF8.GetString(blob.Content.Span));
        Assert.Equal("text/plain", blob.ContentType);
    }

    [Fact]
    public async Task Concurrent_create_only_puts_have_exactly_one_winner()
    {
        var name = Scope + "race.txt";

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.PutAsync(name, Utf8($"writer {i}"), "text/plain", BlobWriteMode.CreateOnly);
                return $"writer {i}";
            }
            catch (BlobAlreadyExistsException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        var blob = await Store.GetAsync(name);
        Assert.NotNull(blob);
        Assert.Equal(winner, Encoding.UTF8.GetString(blob.Content.Span));
    }

    [Fact]
    public async Task Get_of_an_absent_blob_returns_null()
    {
        Assert.Null(await Store.GetAsync(Scope + "absent.txt"));
    }

    [Fact]
    public async Task List_returns_the_blobs_under_the_prefix_in_ordinal_order_with_their_properties()
    {
        string[] names = ["b", "a/2", "a/10", "a/1", "A", "a-", "ab", "a/sub/deep"];
        foreach (var name in names)
            await Store.PutAsync(Scope + name, Utf8(name + "!"), name == "A" ? "text/plain" : "application/json");

        var all = await ListAsync(Scope);
        var underA = await ListAsync(Scope + "a");
        var underSlash = await ListAsync(Scope + "a/");

        Assert.Equal(["A", "a-", "a/1", "a/10", "a/2", "a/sub/deep", "ab", "b"], all.Select(b => b.Name[Scope.Length..]));
        Assert.Equal(["a-", "a/1", "a/10", "a/2", "a/sub/deep", "ab"], underA.Select(b => b.Name[Scope.Length..]));
        Assert.Equal(["a/1", "a/10", "a/2", "a/sub/deep"], underSlash.Select(b => b.Name[Scope.Length..]));
        var upperA = all[0];
        Assert.Equal(2, upperA.Length);
        Assert.Equal("text/plain", upperA.ContentType);
        Assert.Equal("application/json", all[^1].ContentType);
        Assert.InRange(upperA.LastModified, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task List_of_a_prefix_without_blobs_is_empty()
    {
        await Store.PutAsync(Scope + "present", Utf8("x"), "text/plain");

        Assert.Empty(await ListAsync(Scope + "nothing-here/"));
        Assert.Empty(await ListAsync(Scope + "present/"));
    }

    [Fact]
    public async Task Delete_of_an_existing_blob_returns_true_and_removes_it()
    {
        var name = Scope + "doomed.txt";
        await Store.PutAsync(name, Utf8("x"), "text/plain");

        Assert.True(await Store.DeleteAsync(name));

        Assert.Null(await Store.GetAsync(name));
        Assert.Empty(await ListAsync(Scope));
    }

    [Fact]
    public async Task Delete_of_an_absent_blob_returns_false()
    {
        Assert.False(await Store.DeleteAsync(Scope + "never-written.txt"));
    }

    [Fact]
    public async Task A_name_that_is_only_a_prefix_of_other_blobs_is_absent()
    {
        await Store.PutAsync(Scope + "folder/inner.txt", Utf8("x"), "text/plain");

        Assert.Null(await Store.GetAsync(Scope + "folder"));
        Assert.False(await Store.DeleteAsync(Scope + "folder"));
        Assert.NotNull(await Store.GetAsync(Scope + "folder/inner.txt"));
    }

    [Fact]
    public async Task Concurrent_deletes_of_one_blob_report_true_once()
    {
        var name = Scope + "contested.txt";
        await Store.PutAsync(name, Utf8("x"), "text/plain");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Store.DeleteAsync(name)));

        Assert.Single(results, deleted => deleted);
    }

    [Fact]
    public async Task A_deleted_blob_can_be_created_again_create_only()
    {
        var name = Scope + "again.txt";
        await Store.PutAsync(name, Utf8("one"), "text/plain", BlobWriteMode.CreateOnly);
        await Store.DeleteAsync(name);

        await Store.PutAsync(name, Utf8("two"), "text/plain", BlobWriteMode.CreateOnly);

        var blob = await Store.GetAsync(name);
        Assert.Equal("two", Encoding.UTF8.GetString(blob!.Content.Span));
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public async Task Invalid_names_are_rejected_by_every_operation(string name)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.PutAsync(name, Utf8("x"), "text/plain"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetAsync(name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.DeleteAsync(name));
    }

    [Fact]
    public async Task A_blob_above_the_block_threshold_round_trips()
    {
        var name = Scope + "large.bin";
        var content = RandomBytes((5 * TestBlockThreshold) + 12_345);

        await Store.PutAsync(name, content, "application/x-large", BlobWriteMode.CreateOnly);

        var blob = await Store.GetAsync(name);
        Assert.NotNull(blob);
        Assert.Equal("application/x-large", blob.ContentType);
        Assert.True(content.AsSpan().SequenceEqual(blob.Content.Span), "large content differs after the round trip");
        var listed = Assert.Single(await ListAsync(Scope));
        Assert.Equal(content.Length, listed.Length);
    }

    [Fact]
    public async Task A_large_create_only_put_over_an_existing_blob_throws_and_keeps_the_original()
    {
        var name = Scope + "large-once.bin";
        await Store.PutAsync(name, Utf8("small original"), "text/plain");

        await Assert.ThrowsAsync<BlobAlreadyExistsException>(
            () => Store.PutAsync(name, RandomBytes(3 * TestBlockThreshold), "application/octet-stream", BlobWriteMode.CreateOnly));

        var blob = await Store.GetAsync(name);
        Assert.Equal("small original", Encoding.UTF8.GetString(blob!.Content.Span));
    }

    [Fact]
    public async Task Concurrent_large_puts_leave_one_successful_writers_content_whole()
    {
        // Azure discards every staged block of a blob when one block list is committed, so a writer that loses the
        // race may fail (400 InvalidBlockList); what must never happen is a blob mixing the blocks of two writers.
        var name = Scope + "large-race.bin";
        var contents = Enumerable.Range(0, 4).Select(i => RandomBytes((3 * TestBlockThreshold) + 17 + i)).ToArray();

        var succeeded = await Task.WhenAll(contents.Select(async content =>
        {
            try
            {
                await Store.PutAsync(name, content, "application/octet-stream");
                return true;
            }
            catch (Exception ex) when (ex is not ArgumentException)
            {
                return false;
            }
        }));

        var blob = await Store.GetAsync(name);
        Assert.NotNull(blob);
        Assert.Contains(true, succeeded);
        Assert.Single(contents.Where((content, i) => succeeded[i] && content.AsSpan().SequenceEqual(blob.Content.Span)));
    }

    [Fact]
    public async Task Concurrent_large_create_only_puts_have_one_winner_whose_content_is_whole()
    {
        var name = Scope + "large-create-race.bin";
        var contents = Enumerable.Range(0, 4).Select(i => RandomBytes((3 * TestBlockThreshold) + 17 + i)).ToArray();

        var won = await Task.WhenAll(contents.Select(async content =>
        {
            try
            {
                await Store.PutAsync(name, content, "application/octet-stream", BlobWriteMode.CreateOnly);
                return true;
            }
            catch (BlobAlreadyExistsException)
            {
                return false;
            }
        }));

        var winner = Assert.Single(contents.Where((_, i) => won[i]));
        var blob = await Store.GetAsync(name);
        Assert.NotNull(blob);
        Assert.True(winner.AsSpan().SequenceEqual(blob.Content.Span), "the blob is not the winner's content");
    }

    protected static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    protected static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    protected async Task<List<BlobItem>> ListAsync(string prefix)
    {
        var items = new List<BlobItem>();
        await foreach (var item in Store.ListAsync(prefix))
            items.Add(item);
        return items;
    }

    /// <summary>A stream that can only be read forwards and does not know its length, as a report being written is.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 5000));

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
