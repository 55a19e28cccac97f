namespace Logistics.Application.Outbound;

/// <summary>Where an order goes (or comes from), as the owner sent it.</summary>
public sealed record ShipToRecord(
    string Name, IReadOnlyList<string> AddressLines, string? City, string? Region, string? PostalCode, string? Country, string? Contact = null, string? Phone = null);
