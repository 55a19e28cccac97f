using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Items;

/// <summary>An item an owner stores with us: its codes, how it is counted and how it must be handled.</summary>
public sealed class Item
{
    private const int MaxDescriptionLength = 200;
    private const int MaxSpecificationLength = 200;
    private readonly List<Barcode> _barcodes;

    private Item(OwnerId owner, Sku sku, string description, UnitOfMeasure packUnit, int caseQuantity, List<Barcode> barcodes)
    {
        Owner = owner;
        Sku = sku;
        Description = description;
        PackUnit = packUnit;
        CaseQuantity = caseQuantity;
        _barcodes = barcodes;
    }

    /// <summary>The owner (publisher) of the item.</summary>
    public OwnerId Owner { get; }

    /// <summary>The owner's item code.</summary>
    public Sku Sku { get; }

    /// <summary>Human-readable description shown on pick lists.</summary>
    public string Description { get; private set; }

    /// <summary>Optional free-text specification (format, extent, binding), shown on stock reports; null when none.</summary>
    public string? Specification { get; private set; }

    /// <summary>The unit the owner usually ships in.</summary>
    public UnitOfMeasure PackUnit { get; private set; }

    /// <summary>Units in one case; 1 for items handled as eaches only.</summary>
    public int CaseQuantity { get; private set; }

    /// <summary>Receiving must capture a lot for every unit.</summary>
    public bool LotControlled { get; private set; }

    /// <summary>Receiving must capture an expiry date; allocation then follows FEFO.</summary>
    public bool ExpiryControlled { get; private set; }

    /// <summary>Storage requirements that a location must allow.</summary>
    public HandlingFlags Handling { get; private set; }

    /// <summary>Barcodes that identify this item at the dock (unique per item).</summary>
    public IReadOnlyList<Barcode> Barcodes => _barcodes;

    /// <summary>Creates an item; eaches-only items must have a case quantity of 1.</summary>
    /// <exception cref="DomainException">A field breaks a rule (see messages).</exception>
    public static Item Create(
        OwnerId owner,
        Sku sku,
        string description,
        UnitOfMeasure packUnit = UnitOfMeasure.Each,
        int caseQuantity = 1,
        IEnumerable<Barcode>? barcodes = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(sku);
        var item = new Item(owner, sku, CheckDescription(description), packUnit, 1, []);
        item.ChangePacking(packUnit, caseQuantity);
        foreach (var barcode in barcodes ?? [])
        {
            item.AddBarcode(barcode);
        }

        return item;
    }

    /// <summary>Changes the description.</summary>
    public void Describe(string description) => Description = CheckDescription(description);

    /// <summary>Sets or clears (null or blank) the specification, at most 200 characters.</summary>
    public void Specify(string? specification) =>
        Specification = string.IsNullOrWhiteSpace(specification)
            ? null
            : Guard.MaxLength(specification.Trim(), MaxSpecificationLength, "Item specification");

    /// <summary>Changes pack unit and case quantity together, because one is meaningless without the other.</summary>
    public void ChangePacking(UnitOfMeasure packUnit, int caseQuantity)
    {
        if (caseQuantity < 1)
        {
            throw new DomainException($"Case quantity of {Sku} must be at least 1, was {caseQuantity}.");
        }

        if (packUnit == UnitOfMeasure.Each && caseQuantity != 1)
        {
            throw new DomainException($"Item {Sku} is packed as eaches, so its case quantity must be 1.");
        }

        PackUnit = packUnit;
        CaseQuantity = caseQuantity;
    }

    /// <summary>Sets lot and expiry control; expiry without lot is refused because dated stock is tracked by lot.</summary>
    public void ChangeTracking(bool lotControlled, bool expiryControlled)
    {
        if (expiryControlled && !lotControlled)
        {
            throw new DomainException($"Item {Sku} cannot be expiry-controlled without being lot-controlled.");
        }

        LotControlled = lotControlled;
        ExpiryControlled = expiryControlled;
    }

    /// <summary>Replaces the handling flags.</summary>
    public void ChangeHandling(HandlingFlags handling) => Handling = handling;

    /// <summary>Adds a barcode; the same code twice is refused so scans stay unambiguous.</summary>
    public void AddBarcode(Barcode barcode)
    {
        ArgumentNullException.ThrowIfNull(barcode);
        if (_barcodes.Contains(barcode))
        {
            throw new DomainException($"Item {Sku} already has barcode {barcode}.");
        }

        _barcodes.Add(barcode);
    }

    /// <summary>Converts a notified quantity in <paramref name="unit"/> to eaches.</summary>
    public Quantity ToUnits(Quantity quantity, UnitOfMeasure unit) =>
        unit == UnitOfMeasure.Case ? Quantity.Of(checked(quantity.Units * CaseQuantity)) : quantity;

    private static string CheckDescription(string description) =>
        Guard.MaxLength(Guard.NotBlank(description, "Item description"), MaxDescriptionLength, "Item description");
}
