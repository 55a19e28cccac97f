using Logistics.Application.Common;
using Logistics.Edi.Outbound;

namespace Logistics.Application.Returns;

/// <summary>An address goods go back to, as a floor or owner request names it (the notice's supplier otherwise).</summary>
/// <param name="Name">Company name, 1–60 characters.</param>
/// <param name="AddressLines">Street lines, 1–4 of 1–55 characters.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">ISO country code.</param>
public sealed record SupplierInput(string? Name, IReadOnlyList<string>? AddressLines, string? City, string? PostalCode = null, string? Country = null)
{
    /// <summary>The address as a party, or the validation errors at <c>/supplier/…</c>.</summary>
    /// <exception cref="WarehouseValidationException">A field is missing or too long.</exception>
    public Party ToParty()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > Party.MaxNameLength)
        {
            errors.Add(new FieldError("/supplier/name", $"'name' is required, 1–{Party.MaxNameLength} characters."));
        }

        if (AddressLines is not { Count: > 0 and <= Party.MaxAddressLines } lines || lines.Any(l => string.IsNullOrWhiteSpace(l) || l.Trim().Length > Party.MaxAddressLineLength))
        {
            errors.Add(new FieldError("/supplier/addressLines", $"'addressLines' needs 1–{Party.MaxAddressLines} lines of 1–{Party.MaxAddressLineLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(City) || City.Trim().Length > 30)
        {
            errors.Add(new FieldError("/supplier/city", "'city' is required, 1–30 characters."));
        }

        return errors.Count > 0
            ? throw new WarehouseValidationException(errors)
            : new Party(Name!.Trim(), null, [.. AddressLines!.Select(l => l.Trim())], City!.Trim(), null, PostalCode?.Trim(), Country?.Trim());
    }
}
