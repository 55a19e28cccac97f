using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Outbound;

/// <summary>A party being assembled from one 940 N1 loop: N1, then up to two N2, two N3, one N4 and its contacts.</summary>
/// <remarks>
/// The mapper names the entity codes it keeps: the 940 keeps ST, SF and BT (ship-to, ship-from, bill-to), the 180 the
/// party returning the goods, the pick-up address and the supplier. A kept party needs a name (N102), or, where the
/// mapper allows it, an N104 code that then stands for the name; the addressed roles (the 940's ship-to, the 180's
/// pick-up address) also need an N3 and an N4 with its city (N401). Other entity codes (DE depositor, WH warehouse…) are
/// read, checked and dropped.
/// N2 names become <see cref="Party.AdditionalNames"/>, N301/N302 of each N3 the address lines. A contact is a PER or a
/// G61 inside the loop; the first one with a name, phone (TE) or e-mail (EM) counts.
/// </remarks>
internal sealed class PartyDraft
{
    private readonly List<string> _names = [];
    private readonly List<string> _lines = [];
    private int _addressSegments;
    private bool _hasLocation;

    private static readonly Dictionary<string, string> ShipToAddressed = new(StringComparer.Ordinal) { ["ST"] = "ship-to" };

    private readonly string? _addressedAs;

    /// <summary>Reads the N1 that opens the loop.</summary>
    /// <param name="check">The N1.</param>
    /// <param name="kept">The entity codes (N101) the document keeps.</param>
    /// <param name="addressed">The kept codes that need a street address and city, with what to call them in a fault ("ship-to"); the 940's ship-to when null.</param>
    /// <param name="codeMayName">True when a kept party may omit N102 if it gives N104, whose code then names it (partners that identify stores by number).</param>
    public PartyDraft(X12ElementCheck check, IReadOnlyCollection<string> kept, IReadOnlyDictionary<string, string>? addressed = null, bool codeMayName = false)
    {
        Opening = check.Segment;
        Role = check.Identifier(1, 98, "Entity identifier (N101)", 2, 3) ?? string.Empty;
        IsKept = kept.Contains(Role);
        _addressedAs = (addressed ?? ShipToAddressed).GetValueOrDefault(Role);
        Name = check.Identifier(2, 93, "Name (N102)", 1, Party.MaxNameLength, required: IsKept && !(codeMayName && check.Optional(4) is not null));
        if (check.Optional(4) is not null)
        {
            check.Required(3, 66, "Identification code qualifier (N103) of the code in N104");
            Id = check.Identifier(4, 67, "Identification code (N104)", 2, 80);
        }

        Sources[string.Empty] = check.Location(1, 98);
        Sources["name"] = check.Location(2, 93);
        Sources["id"] = check.Location(4, 67);
    }

    /// <summary>The N1 that opened the loop.</summary>
    public X12Segment Opening { get; }

    /// <summary>N101, e.g. ST.</summary>
    public string Role { get; }

    /// <summary>True for the roles the order keeps (ST, SF, BT).</summary>
    public bool IsKept { get; }

    /// <summary>True for a role that needs an address a carrier can go to (the 940's ship-to, the 180's pick-up address).</summary>
    public bool NeedsAddress => _addressedAs is not null;

    public string? Name { get; }

    public string? Id { get; }

    public int NameSegments { get; private set; }

    public int AddressSegments => _addressSegments;

    public bool HasLocation => _hasLocation;

    public string? City { get; private set; }

    public string? Region { get; private set; }

    public string? PostalCode { get; private set; }

    public string? Country { get; private set; }

    public Contact? Contact { get; private set; }

    /// <summary>Where each field was read, by its name under the party's pointer (<c>""</c> is the N101).</summary>
    public Dictionary<string, X12ElementLocation> Sources { get; } = new(StringComparer.Ordinal);

    public void ReadN2(X12ElementCheck check)
    {
        NameSegments++;
        Add(_names, check, 1, 93, "Name (N201)", Party.MaxNameLength, required: true);
        Add(_names, check, 2, 93, "Name (N202)", Party.MaxNameLength, required: false);
    }

    public void ReadN3(X12ElementCheck check)
    {
        if (_addressSegments++ == 0)
        {
            Sources["addressLines"] = check.Location(1, 166);
        }

        Add(_lines, check, 1, 166, "Address (N301)", Party.MaxAddressLineLength, required: true);
        Add(_lines, check, 2, 166, "Address (N302)", Party.MaxAddressLineLength, required: false);
    }

    public void ReadN4(X12ElementCheck check)
    {
        _hasLocation = true;
        City = check.Identifier(1, 19, "City (N401)", 2, 30, required: NeedsAddress);
        Region = check.Identifier(2, 156, "State or province (N402)", 2, 3, required: false);
        PostalCode = check.Identifier(3, 116, "Postal code (N403)", 3, 15, required: false);
        Country = check.Identifier(4, 26, "Country (N404)", 2, 3, required: false);
        Sources["city"] = check.Location(1, 19);
        Sources["region"] = check.Location(2, 156);
        Sources["postalCode"] = check.Location(3, 116);
        Sources["country"] = check.Location(4, 26);
    }

    /// <summary>Reads a PER (PER02 name, pairs from PER03) or a G61 (G6102 name, pair G6103/G6104).</summary>
    public void ReadContact(X12ElementCheck check)
    {
        var segment = check.Segment.Id;
        check.Identifier(1, 366, $"Contact function code ({segment}01)", 2, 2);
        var name = check.Identifier(2, 93, $"Name ({segment}02)", 1, Party.MaxNameLength, required: segment == "G61");
        string? phone = null;
        string? email = null;
        for (var at = 3; at <= (segment == "G61" ? 3 : 7); at += 2)
        {
            var qualifier = check.Optional(at);
            var number = check.Optional(at + 1);
            if (qualifier is null && number is null)
            {
                continue;
            }

            qualifier = check.Identifier(at, 365, $"Communication number qualifier ({segment}{at:00})", 2, 2);
            number = check.Identifier(at + 1, 364, $"Communication number ({segment}{at + 1:00})", 1, 80);
            phone ??= qualifier == "TE" ? number : null;
            email ??= qualifier == "EM" ? number : null;
        }

        if (Contact is null && (name ?? phone ?? email) is not null)
        {
            Contact = new Contact(name, phone, email);
        }
    }

    /// <summary>Why <paramref name="segmentId"/> cannot be read into this loop once more (AK304 5), or null when it can.</summary>
    public string? TooOften(string segmentId) => segmentId switch
    {
        "N2" when NameSegments >= 2 => "an N1 loop has at most two N2",
        "N3" when AddressSegments >= 2 => "an N1 loop has at most two N3 (four address lines)",
        "N4" when HasLocation => "an N1 loop has one N4",
        _ => null,
    };

    /// <summary>Reports what a kept party lacks: an addressed role's N3 and N4.</summary>
    public void Finish(List<X12SegmentError> errors)
    {
        if (!NeedsAddress)
        {
            return;
        }

        if (_addressSegments == 0)
        {
            errors.Add(SegmentErrors.Missing("N3", Opening.Position + 1, $"the {_addressedAs} (N1*{Role}, segment {Opening.Position}) needs a street address"));
        }

        if (!_hasLocation)
        {
            errors.Add(SegmentErrors.Missing("N4", Opening.Position + 1, $"the {_addressedAs} (N1*{Role}, segment {Opening.Position}) needs its city in an N4"));
        }
    }

    /// <summary>The party; only called for a kept party when no errors were found, so its name (or the code standing for it) is known.</summary>
    public Party ToParty() =>
        new(Name ?? Id ?? throw new InvalidOperationException("Name missing"), Id, [.. _lines], City, Region, PostalCode, Country)
        {
            AdditionalNames = [.. _names],
            Contact = Contact,
        };

    /// <summary>Adds the party's locations to the document's, under <c>/{party}/…</c>.</summary>
    public void CopySources(string party, Dictionary<string, X12ElementLocation> into)
    {
        foreach (var (field, location) in Sources)
        {
            into[field.Length == 0 ? "/" + party : OrderFields.PartyField(party, field)] = location;
        }
    }

    private static void Add(List<string> into, X12ElementCheck check, int position, int reference, string name, int maxLength, bool required)
    {
        if (check.Identifier(position, reference, name, 1, maxLength, required) is { } value)
        {
            into.Add(value);
        }
    }
}
