using System.Text.Json;

namespace Logistics.Application.Items;

/// <summary>An item as the API shows it; <c>components</c> only for a kit.</summary>
public sealed record ItemView(
    string Sku,
    string Description,
    IReadOnlyList<string> Barcodes,
    string PackUnit,
    int CaseQuantity,
    bool LotControlled,
    bool ExpiryControlled,
    IReadOnlyList<string> Handling,
    string UpdatedAt,
    string? Specification = null,
    IReadOnlyList<KitComponentRecord>? Components = null)
{
    /// <summary>Maps the stored document.</summary>
    public static ItemView From(ItemDocument item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var handling = Enum.GetValues<Domain.Items.HandlingFlags>()
            .Where(f => f != Domain.Items.HandlingFlags.None && item.Handling.HasFlag(f))
            .Select(f => JsonNamingPolicy.CamelCase.ConvertName(f.ToString()));
        return new ItemView(
            item.Sku,
            item.Description,
            item.Barcodes,
            JsonNamingPolicy.CamelCase.ConvertName(item.PackUnit.ToString()),
            item.CaseQuantity,
            item.LotControlled,
            item.ExpiryControlled,
            [.. handling],
            item.UpdatedAt,
            item.Specification,
            item.Components.Count == 0 ? null : item.Components);
    }
}
