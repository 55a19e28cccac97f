using Logistics.Edi.Outbound;

namespace Logistics.Edi.Json;

/// <summary>
/// Reads a party object (name, id, additional names, address, contact) the same way in every JSON document that names
/// one: an order's ship-to, a return notice's return-from, pickup and supplier.
/// </summary>
internal static class PartyJsonReader
{
    private static readonly string[] PartyProperties = ["name", "id", "additionalNames", "addressLines", "city", "region", "postalCode", "country", "contact"];
    private static readonly string[] ContactProperties = ["name", "phone", "email"];

    /// <summary>
    /// The party at <paramref name="name"/> below <paramref name="root"/>, or null when absent or faulty (each fault is
    /// added to <paramref name="errors"/>). With <paramref name="needsAddress"/> the party needs address lines and a city.
    /// </summary>
    public static Party? Read(JsonObjectReader root, string name, bool required, bool needsAddress, List<NoticeJsonError> errors)
    {
        if (root.Object(name, required, PartyProperties, "'name' and an address") is not { } reader)
        {
            return null;
        }

        var count = errors.Count;
        var partyName = reader.String("name", true, Party.MaxNameLength);
        var id = Sized(reader, "id", 2, 80, errors);
        var additionalNames = reader.Strings("additionalNames", false, 0, 2, Party.MaxNameLength);
        var lines = reader.Strings("addressLines", needsAddress, needsAddress ? 1 : 0, Party.MaxAddressLines, Party.MaxAddressLineLength);
        var city = Sized(reader, "city", 2, 30, errors, needsAddress);
        var region = Sized(reader, "region", 2, 3, errors);
        var postalCode = Sized(reader, "postalCode", 3, 15, errors);
        var country = Sized(reader, "country", 2, 3, errors);
        var contact = ReadContact(reader, errors);
        return partyName is null || errors.Count > count
            ? null
            : new Party(partyName, id, lines, city, region, postalCode, country) { AdditionalNames = additionalNames, Contact = contact };
    }

    /// <summary>A string of <paramref name="min"/>-<paramref name="max"/> characters.</summary>
    public static string? Sized(JsonObjectReader reader, string name, int min, int max, List<NoticeJsonError> errors, bool required = false)
    {
        var text = reader.String(name, required, max);
        if (text is null || text.Length >= min)
        {
            return text;
        }

        errors.Add(new NoticeJsonError(reader.At(name), $"'{name}' must be {min}-{max} characters, was {text.Length}."));
        return null;
    }

    private static Contact? ReadContact(JsonObjectReader party, List<NoticeJsonError> errors)
    {
        if (party.Object("contact", false, ContactProperties, "'name', 'phone' or 'email'") is not { } reader)
        {
            return null;
        }

        var contact = new Contact(reader.String("name", false, Party.MaxNameLength), reader.String("phone", false, 80), reader.String("email", false, 80));
        if ((contact.Name ?? contact.Phone ?? contact.Email) is null)
        {
            errors.Add(new NoticeJsonError(reader.Pointer, "'contact' needs a 'name', 'phone' or 'email'."));
            return null;
        }

        return contact;
    }
}
