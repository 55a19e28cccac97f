using Logistics.Domain.Inbound;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Tests;

/// <summary>Short-hands for test data so each test states only what matters to it.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);

    public static OwnerId Owner(string id = "demo-publisher") => OwnerId.Parse(id);

    public static Sku Sku(string code = "BOOK-001") => Domain.Items.Sku.Parse(code);

    public static LotNumber Lot(string lot = "L1") => LotNumber.Parse(lot);

    public static LocationCode Loc(string code = "A-01-01") => LocationCode.Parse(code);

    public static Quantity Qty(int units) => Quantity.Of(units);

    public static StockKey Key(string sku = "BOOK-001", string? lot = null, string location = "A-01-01", StockStatus status = StockStatus.OnHand, string owner = "demo-publisher") =>
        new(Owner(owner), Sku(sku), lot is null ? null : Lot(lot), Loc(location), status);

    public static StockMovement Move(string id, StockKey key, long delta, int minutes = 0, MovementType type = MovementType.Adjustment) =>
        new(MovementId.For("test", id), key, delta, type, T0.AddMinutes(minutes), "test");

    public static NoticeLine Line(int number, string sku, int expected, string? lot = null) =>
        new(number, Sku(sku), Qty(expected), lot is null ? null : Lot(lot));

    public static ReceiptScan Scan(string sku, int units, string? lot = null, ItemCondition condition = ItemCondition.Good) =>
        new(ScannedItem.Known(Sku(sku)), lot is null ? null : Lot(lot), null, Qty(units), condition, T0.AddHours(1));

    public static ReceiptScan UnknownScan(string code, int units) =>
        new(ScannedItem.Unknown(code), null, null, Qty(units), ItemCondition.Good, T0.AddHours(1));
}
