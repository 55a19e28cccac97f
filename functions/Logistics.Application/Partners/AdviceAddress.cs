using Logistics.Application.Warehouse;
using Logistics.Edi.X12;
using Microsoft.Extensions.Options;

namespace Logistics.Application.Partners;

/// <summary>
/// Addresses an advice the warehouse sends an owner (the 944 receipt advice, the 945 shipping advice): from the warehouse's
/// interchange id to the id the owner sent its X12 under, in the owner's X12 version and test or production indicator, dated
/// in the warehouse's local time.
/// </summary>
public sealed class AdviceAddress(BusinessCalendar calendar, IOptions<WarehouseOptions> options)
{
    /// <summary>The sender, the receiver and the envelope of one advice.</summary>
    /// <param name="ownerId">The owner; its id (upper case, at most 15 characters) addresses owners that sent JSON only.</param>
    /// <param name="qualifier">The owner's ISA qualifier, if it sent X12.</param>
    /// <param name="senderId">The owner's ISA id, if it sent X12.</param>
    /// <param name="version">The owner's X12 version (ISA12), if it sent X12; 00401 otherwise.</param>
    /// <param name="usage">The owner's ISA15, if it sent X12; P otherwise.</param>
    /// <param name="control">The control number reserved for the advice.</param>
    /// <param name="at">When the advice is written.</param>
    public (X12Partner Warehouse, X12Partner Owner, X12EnvelopeSettings Envelope) For(
        string ownerId, string? qualifier, string? senderId, string? version, string? usage, int control, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ownerId);
        var warehouse = new X12Partner("ZZ", options.Value.X12InterchangeId, options.Value.X12InterchangeId);
        var ownerCode = senderId ?? Shorten(ownerId);
        var owner = new X12Partner(qualifier ?? "ZZ", ownerCode, ownerCode);
        var x12Version = version ?? "00401";
        return (warehouse, owner, new X12EnvelopeSettings(control, control, calendar.ToLocal(at), x12Version, x12Version + "0", usage ?? "P"));
    }

    private static string Shorten(string ownerId)
    {
        var id = ownerId.ToUpperInvariant();
        return id.Length <= 15 ? id : id[..15];
    }
}
