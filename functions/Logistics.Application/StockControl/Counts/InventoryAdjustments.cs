using Logistics.Application.Partners;
using Logistics.Application.Reports.Runs;
using Logistics.Application.Reports.Schedules;
using Logistics.Application.Warehouse;
using Logistics.Edi.Inventory;
using Logistics.Storage.Blobs;

namespace Logistics.Application.StockControl.Counts;

/// <summary>
/// The 947 inventory adjustment advice of a posted count: written once when the count posts (stored on the count, so a
/// repeat serves the same text), addressed as the 846 is (the owner's report settings, its control-number counter), and
/// put in blob storage beside the owner's reports.
/// </summary>
public sealed class InventoryAdjustments(ControlNumbers controlNumbers, AdviceAddress address, ReportProfiles profiles, BusinessCalendar calendar, IBlobStore blobs)
{
    /// <summary>The reason code every count variance carries in W1901: AA, physical count.</summary>
    public const string PhysicalCount = "AA";

    /// <summary>The folder beside the report kinds where 947s land: <c>reports/{owner}/adjustments/{countNumber}.x12</c>.</summary>
    public const string Folder = "adjustments";

    /// <summary>The blob name of a count's 947.</summary>
    public static string BlobNameOf(CountDocument count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return $"{ReportFiles.FolderOf(count.OwnerId)}{Folder}/{count.CountNumber}.x12";
    }

    /// <summary>The 947's content: one W19 per variance, in the count's order.</summary>
    public static InventoryAdjustment ToAdjustment(CountDocument count, IReadOnlyList<CountVarianceRecord> variances, DateOnly adjustedOn)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(variances);
        return new InventoryAdjustment(count.CountNumber, adjustedOn, count.OwnerId,
            [.. variances.Select(v => new InventoryAdjustmentLine(PhysicalCount, v.Variance, v.Sku, v.Lot))]);
    }

    /// <summary>The 947 text of <paramref name="variances"/>, under a control number from the owner's counter.</summary>
    public async Task<string> WriteAsync(CountDocument count, IReadOnlyList<CountVarianceRecord> variances, DateTimeOffset postedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        var profile = await profiles.GetAsync(count.OwnerId, cancellationToken);
        var control = await controlNumbers.ReserveAsync(count.OwnerId, 1, cancellationToken);
        var (warehouse, owner, envelope) = address.For(count.OwnerId, profile.X12Qualifier, profile.X12Id, profile.X12Version, usage: null, control, postedAt);
        return InventoryAdjustmentWriter.Write(ToAdjustment(count, variances, calendar.DateOf(postedAt)), warehouse, owner, envelope);
    }

    /// <summary>Puts the posted count's 947 in blob storage (again: the same text, so a repeat after a crash heals a missing file).</summary>
    public async Task StoreAsync(CountDocument count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (count.AdviceX12 is not { } text)
        {
            return;
        }

        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        await blobs.PutAsync(BlobNameOf(count), content, "application/edi-x12", BlobWriteMode.Overwrite, cancellationToken);
    }
}
