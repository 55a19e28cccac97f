using Logistics.Storage.Blobs;
using Logistics.Storage.Blobs.Folder;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>The contract against <see cref="FolderBlobStore"/> in a fresh temp folder, plus what only a folder can get wrong.</summary>
public sealed class FolderBlobStoreTests : BlobStoreContractTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "logistics-blobs-" + Guid.NewGuid().ToString("N"));
    private readonly FolderBlobStore _store;

    public FolderBlobStoreTests()
    {
        _store = new FolderBlobStore(new FolderBlobStoreOptions { RootPath = _root });
    }

    protected override IBlobStore Store => _store;

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Blob_files_sit_under_content_by_name_and_no_temp_file_remains()
    {
        await _store.PutAsync("reports/x.csv", Utf8("a"), "text/csv");

        Assert.Equal("a", await File.ReadAllTextAsync(Path.Combine(_root, "content", "reports", "x.csv")));
        Assert.Empty(Directory.EnumerateFiles(_store.TempPath));

        await _store.DeleteAsync("reports/x.csv");
        Assert.Empty(Directory.EnumerateFiles(_store.TempPath));
    }

    [Fact]
    public async Task Leftover_temp_files_of_an_interrupted_write_never_show_up()
    {
        await _store.PutAsync("kept.txt", Utf8("kept"), "text/plain");

        // What a crash between "write temp" and "rename" leaves behind.
        await File.WriteAllTextAsync(Path.Combine(_store.TempPath, Guid.NewGuid().ToString("N") + ".tmp"), "half a report");

        Assert.Equal(["kept.txt"], (await ListAsync(string.Empty)).Select(b => b.Name));
        Assert.Null(await _store.GetAsync("half a report"));
    }

    [Fact]
    public async Task Sidecars_are_not_listed_even_for_names_that_look_like_them()
    {
        await _store.PutAsync("a.csv", Utf8("data"), "text/csv");
        await _store.PutAsync("a.csv.meta", Utf8("not a sidecar"), "text/plain");

        var listed = await ListAsync(string.Empty);

        Assert.Equal(["a.csv", "a.csv.meta"], listed.Select(b => b.Name));
        Assert.Equal("text/csv", listed[0].ContentType);
        Assert.Equal("text/plain", listed[1].ContentType);
    }

    [Fact]
    public async Task A_blob_without_its_sidecar_reads_as_octet_stream()
    {
        await _store.PutAsync("orphan.bin", Utf8("x"), "text/plain");
        File.Delete(Path.Combine(_root, "meta", "orphan.bin"));

        var blob = await _store.GetAsync("orphan.bin");

        Assert.Equal("application/octet-stream", blob!.ContentType);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a/../../outside.txt")]
    [InlineData("/tmp/outside.txt")]
    [InlineData("..\\outside.txt")]
    public async Task Path_escape_attempts_are_rejected_and_write_nothing_outside_the_root(string name)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _store.PutAsync(name, Utf8("x"), "text/plain"));

        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "outside.txt")));
        Assert.False(File.Exists("/tmp/outside.txt"));
    }

    [Fact]
    public async Task Percent_encoded_dots_are_plain_characters_and_stay_under_the_root()
    {
        await _store.PutAsync("%2e%2e/x", Utf8("x"), "text/plain");

        Assert.True(File.Exists(Path.Combine(_root, "content", "%2e%2e", "x")));
    }

    [Fact]
    public void The_root_check_behind_the_name_check_accepts_only_paths_strictly_inside_the_root()
    {
        // BlobName.Validate stops every escaping name on Linux, so the defence-in-depth check is tested on its own.
        var root = Path.Combine(_root, "content");

        Assert.Equal(Path.Combine(root, "a", "b"), FolderBlobStore.Resolve(root, "a/b"));
        Assert.True(FolderBlobStore.IsUnder(root, Path.Combine(root, "a")));
        Assert.False(FolderBlobStore.IsUnder(root, root + "-old" + Path.DirectorySeparatorChar + "a"));
        Assert.False(FolderBlobStore.IsUnder(root, root));
        Assert.False(FolderBlobStore.IsUnder(root, Path.GetDirectoryName(root)!));
    }

    [Fact]
    public async Task A_list_prefix_with_dot_dot_segments_finds_nothing_and_does_not_walk_outside()
    {
        await _store.PutAsync("a/b", Utf8("x"), "text/plain");

        Assert.Empty(await ListAsync("../"));
        Assert.Empty(await ListAsync("a/../a/"));
    }

    [Fact]
    public async Task A_blob_named_like_a_folder_of_another_blob_fails_clearly()
    {
        await _store.PutAsync("a/b", Utf8("x"), "text/plain");

        var ex = await Assert.ThrowsAsync<IOException>(() => _store.PutAsync("a", Utf8("y"), "text/plain"));

        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_store.TempPath));
    }

    [Fact]
    public void AddFolderBlobStore_registers_the_store_with_the_configured_root()
    {
        using var provider = new ServiceCollection()
            .AddFolderBlobStore(o => o.RootPath = _root)
            .BuildServiceProvider();

        var store = Assert.IsType<FolderBlobStore>(provider.GetRequiredService<IBlobStore>());
        Assert.Equal(_root, store.RootPath);
        Assert.Same(store, provider.GetRequiredService<FolderBlobStore>());
    }

    [Fact]
    public void The_default_root_is_dot_data_blobs()
    {
        Assert.Equal(".data/blobs", new FolderBlobStoreOptions().RootPath);
    }
}
