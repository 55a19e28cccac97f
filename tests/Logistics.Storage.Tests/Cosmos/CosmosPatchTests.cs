using System.Text.Json;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Tests.Cosmos;

public sealed class CosmosPatchTests
{
    [Fact]
    public void Increments_keep_whole_numbers_whole()
    {
        var converted = CosmosPatch.Convert([PatchOperation.Increment("/qty", 3L), PatchOperation.Increment("/weight", 1.5)]);

        Assert.Equal(3L, Assert.IsAssignableFrom<Microsoft.Azure.Cosmos.PatchOperation<long>>(converted[0]).Value);
        Assert.Equal(1.5, Assert.IsAssignableFrom<Microsoft.Azure.Cosmos.PatchOperation<double>>(converted[1]).Value);
    }

    [Fact]
    public void Set_values_become_plain_values_any_serializer_writes_alike()
    {
        var converted = CosmosPatch.Convert([PatchOperation.Set("/line", new { Sku = "A-1", Count = 2 })]);

        var value = Assert.IsType<Dictionary<string, object?>>(Assert.IsAssignableFrom<Microsoft.Azure.Cosmos.PatchOperation<object>>(converted[0]).Value);
        Assert.Equal("A-1", value["sku"]);
        Assert.Equal(2L, value["count"]);
    }

    [Fact]
    public void More_than_ten_operations_or_none_are_rejected()
    {
        var eleven = Enumerable.Range(0, 11).Select(i => PatchOperation.Increment($"/c{i}", 1L)).ToList();

        Assert.Throws<ArgumentException>(() => CosmosPatch.Convert(eleven));
        Assert.Throws<ArgumentException>(() => CosmosPatch.Convert([]));
    }

    [Theory]
    [InlineData("/a/b", true)]
    [InlineData("/a/list/1", true)]
    [InlineData("/a/list/2", false)]
    [InlineData("/a/missing", false)]
    [InlineData("/missing", false)]
    public void Path_exists_walks_objects_and_arrays(string path, bool expected)
    {
        using var document = JsonDocument.Parse("{\"a\":{\"b\":null,\"list\":[1,2]}}");

        Assert.Equal(expected, CosmosDocumentContainer.PathExists(document.RootElement, path));
    }
}
