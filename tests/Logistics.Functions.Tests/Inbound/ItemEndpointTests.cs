using System.Net;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Storage.Documents;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>The item master over HTTP: create/update, reads, the barcode index, validation and publisher scoping.</summary>
public sealed class ItemEndpointTests(InboundHostFixture fixture) : IClassFixture<InboundHostFixture>
{
    [Fact]
    public async Task Put_creates_then_replaces_an_item_and_keeps_the_barcode_index_in_step()
    {
        var host = fixture.Host;
        using (var created = await host.Client.SendAsync(HttpMethod.Put, "/api/items/MUG-1", host.Keys.PublisherA, """{"description":"Mug","barcodes":["MUG-OWN-0"],"handling":["fragile"]}"""))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        // 4006381333931 was DVD-003's; a barcode identifies one item per owner.
        using (var clash = await host.Client.SendAsync(HttpMethod.Put, "/api/items/MUG-2", host.Keys.PublisherA, """{"description":"Mug 2","barcodes":["4006381333931"]}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
            Assert.Contains("DVD-003", (await clash.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var updated = await host.OkAsync(HttpMethod.Put, "/api/items/MUG-1", host.Keys.PublisherA, """{"description":"Big mug","barcodes":["MUG-OWN-1"],"packUnit":"case","caseQuantity":4}""");
        Assert.Equal("case", updated.GetProperty("packUnit").GetString());
        var container = host.App.Get<IDocumentStore>().GetContainer(WarehouseStore.ContainerName);
        Assert.Equal("MUG-1", (await container.ReadAsync<BarcodeDocument>(BarcodeDocument.IdOf("MUG-OWN-1"), TestKeys.PublisherAId))!.Value.Sku);
        Assert.Equal("DVD-003", (await container.ReadAsync<BarcodeDocument>(BarcodeDocument.IdOf("4006381333931"), TestKeys.PublisherAId))!.Value.Sku);
        Assert.Null(await container.ReadAsync<BarcodeDocument>(BarcodeDocument.IdOf("MUG-OWN-0"), TestKeys.PublisherAId));

        var item = await host.OkAsync(HttpMethod.Get, "/api/items/MUG-1", host.Keys.PublisherA);
        Assert.Equal("Big mug", item.GetProperty("description").GetString());
        var list = await host.OkAsync(HttpMethod.Get, "/api/items", host.Keys.PublisherA);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("sku").GetString() == "MUG-1");
        using var foreign = await host.Client.SendAsync(HttpMethod.Get, "/api/items/MUG-1", host.Keys.PublisherB);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Theory]
    [InlineData("""{"description":"x","barcodes":["9780306406158"]}""", "/barcodes/0")]
    [InlineData("""{"description":"x","packUnit":"pallet"}""", "/packUnit")]
    [InlineData("""{"description":"x","expiryControlled":true}""", "/expiryControlled")]
    [InlineData("""{"description":"","handling":["sparkly"]}""", "/handling/0")]
    [InlineData("""{"description":"x","specification":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", "/specification")]
    public async Task Invalid_items_are_refused_naming_the_member(string json, string pointer)
    {
        var host = fixture.Host;
        using var response = await host.Client.SendAsync(HttpMethod.Put, "/api/items/BAD-1", host.Keys.PublisherA, json);
        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("pointer").GetString() == pointer);
        using var absent = await host.Client.SendAsync(HttpMethod.Get, "/api/items/BAD-1", host.Keys.PublisherA);
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/notices/acme~X/scans", "publisherA")]
    [InlineData("POST", "/api/notices/acme~X/arrival", "publisherA")]
    [InlineData("POST", "/api/notices", "floor")]
    [InlineData("GET", "/api/inventory", "ops")]
    [InlineData("PUT", "/api/items/X-1", "floor")]
    [InlineData("POST", "/api/notices/acme~X/decisions", "floor")]
    public async Task Each_endpoint_needs_its_role(string method, string path, string who)
    {
        var host = fixture.Host;
        var key = who switch { "publisherA" => host.Keys.PublisherA, "floor" => host.Keys.Floor, _ => host.Keys.Ops };
        using var response = await host.Client.SendAsync(new HttpMethod(method), path, key, "{}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var anonymous = await host.Client.SendAsync(new HttpMethod(method), path, null, "{}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
