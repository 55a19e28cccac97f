using Logistics.Application.Common;
using Logistics.Application.Items;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Items;

/// <summary>The item master's optional specification: stored trimmed, shown, cleared when blank, refused beyond 200 characters.</summary>
public sealed class ItemSpecificationTests
{
    [Fact]
    public async Task The_specification_is_stored_shown_cleared_and_limited_to_200_characters()
    {
        await using var warehouse = new TestWarehouse();

        var (view, _) = await warehouse.Items.PutAsync(Notices.Owner, "BOOK-1", new ItemInput("A book", Specification: "  A5, 320 pages, paperback "), CancellationToken.None);
        Assert.Equal("A5, 320 pages, paperback", view.Specification);
        var stored = await warehouse.Items.FindAsync(Notices.Owner, "BOOK-1", CancellationToken.None);
        Assert.Equal("A5, 320 pages, paperback", stored!.Specification);
        Assert.Equal("A5, 320 pages, paperback", stored.ToItem().Specification);

        var (cleared, _) = await warehouse.Items.PutAsync(Notices.Owner, "BOOK-1", new ItemInput("A book", Specification: " "), CancellationToken.None);
        Assert.Null(cleared.Specification);

        var error = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            warehouse.Items.PutAsync(Notices.Owner, "BOOK-1", new ItemInput("A book", Specification: new string('x', 201)), CancellationToken.None));
        Assert.Equal("/specification", Assert.Single(error.Errors).Pointer);
        Assert.Null((await warehouse.Items.FindAsync(Notices.Owner, "BOOK-1", CancellationToken.None))!.Specification);
        await warehouse.Items.PutAsync(Notices.Owner, "BOOK-1", new ItemInput("A book", Specification: new string('x', 200)), CancellationToken.None);
    }
}
