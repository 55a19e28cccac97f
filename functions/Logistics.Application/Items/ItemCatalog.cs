using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Domain.Common;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;
using Logistics.Domain.ValueAdded;
using Logistics.Storage.Documents;

namespace Logistics.Application.Items;

/// <summary>The item master: create/update with the barcode index in the same batch, reads, barcode resolution.</summary>
public sealed class ItemCatalog(WarehouseStore store, TimeProvider time)
{
    private const int MaxAttempts = 10;

    /// <summary>Creates or replaces the item; returns it and whether it was new.</summary>
    /// <remarks>
    /// The item and its barcode index change in one batch: a barcode new to the item is claimed by creating its index
    /// entry (which fails if another item claimed it first), a kept one is checked by its ETag, a dropped one deleted
    /// under its ETag. So two items can never both hold one barcode, whatever the interleaving; a request that loses a
    /// race is rebuilt from fresh reads.
    /// </remarks>
    /// <exception cref="WarehouseValidationException">A field breaks a rule, or a barcode belongs to another of the owner's items.</exception>
    public async Task<(ItemView Item, bool Created)> PutAsync(string ownerId, string sku, ItemInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var item = Build(ownerId, sku, input);
        var components = await ComponentsAsync(ownerId, item.Sku, input.Components ?? [], cancellationToken);
        var container = await store.ContainerAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var document = ItemDocument.From(item, UtcText.Of(time.GetUtcNow())) with { Components = components };
            var existing = await container.ReadAsync<ItemDocument>(document.Id, ownerId, cancellationToken);
            var batch = container.CreateBatch(ownerId);
            if (existing is null)
            {
                batch.Create(document);
            }
            else
            {
                batch.Replace(document, existing.ETag);
            }

            var old = existing?.Value.Barcodes ?? [];
            foreach (var code in document.Barcodes)
            {
                var indexed = await container.ReadAsync<BarcodeDocument>(BarcodeDocument.IdOf(code), ownerId, cancellationToken);
                if (indexed is null)
                {
                    batch.Create(new BarcodeDocument { Id = BarcodeDocument.IdOf(code), OwnerId = ownerId, Code = code, Sku = document.Sku });
                }
                else if (indexed.Value.Sku != document.Sku)
                {
                    throw new WarehouseValidationException("/barcodes", $"Barcode {code} already identifies your item {indexed.Value.Sku}.");
                }
                else
                {
                    // Ours already: keep it, but under its ETag, so a concurrent change of it fails this batch.
                    batch.Replace(indexed.Value, indexed.ETag);
                }
            }

            foreach (var code in old.Except(document.Barcodes, StringComparer.Ordinal))
            {
                if (await container.ReadAsync<BarcodeDocument>(BarcodeDocument.IdOf(code), ownerId, cancellationToken) is { } dropped && dropped.Value.Sku == document.Sku)
                {
                    batch.Delete(dropped.Id, dropped.ETag);
                }
            }

            try
            {
                await batch.ExecuteAsync(cancellationToken);
                return (ItemView.From(document), existing is null);
            }
            catch (DocumentBatchException ex) when (attempt < MaxAttempts && ex.Failure is DocumentConflictException or DocumentPreconditionFailedException or DocumentNotFoundException)
            {
                // Another request changed the item or one of its barcodes meanwhile: decide again on fresh reads.
                await Task.Yield();
            }
        }
    }

    /// <summary>One item, or null.</summary>
    public async Task<ItemDocument?> FindAsync(string ownerId, string sku, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        return (await container.ReadAsync<ItemDocument>(ItemDocument.IdOf(sku), ownerId, cancellationToken))?.Value;
    }

    /// <summary>A page of the owner's items by SKU.</summary>
    public async Task<(IReadOnlyList<ItemView> Items, string? ContinuationToken)> ListAsync(
        string ownerId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(ownerId) { PageSize = pageSize, ContinuationToken = continuationToken }
            .WhereEquals("/type", ItemDocument.Kind)
            .OrderByPath("/sku");
        var page = await container.QueryAsync<ItemDocument>(query, cancellationToken);
        return ([.. page.Items.Select(d => ItemView.From(d.Value))], page.ContinuationToken);
    }

    /// <summary>The SKU a scanned barcode stands for in the owner's catalog, or null.</summary>
    public async Task<string?> ResolveBarcodeAsync(string ownerId, Barcode barcode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(barcode);
        var container = await store.ContainerAsync(cancellationToken);
        return (await container.ReadAsync<BarcodeDocument>(BarcodeDocument.IdOf(barcode.Value), ownerId, cancellationToken))?.Value.Sku;
    }

    /// <summary>
    /// The SKU a floor scan names: its scanned <paramref name="barcode"/> resolved in the owner's catalog, else its keyed-in
    /// <paramref name="sku"/>. When neither names one, adds the problem at <c>/barcode</c> to <paramref name="errors"/> and
    /// returns null. Whether the SKU is the one the task expects is the caller's check.
    /// </summary>
    public async Task<string?> ScannedSkuAsync(string ownerId, string? barcode, string? sku, List<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (barcode is not null)
        {
            if (!Barcode.TryParse(barcode, out var parsed, out var barcodeError))
            {
                errors.Add(new FieldError("/barcode", barcodeError!));
                return null;
            }

            var resolved = await ResolveBarcodeAsync(ownerId, parsed!, cancellationToken);
            if (resolved is null)
            {
                errors.Add(new FieldError("/barcode", $"Barcode {parsed!.Value} is not an item of {ownerId}."));
            }

            return resolved;
        }

        if (!string.IsNullOrWhiteSpace(sku) && Sku.TryParse(sku, out var keyed, out _))
        {
            return keyed!.Value;
        }

        errors.Add(new FieldError("/barcode", "Give the scanned 'barcode' or the keyed-in 'sku'."));
        return null;
    }

    /// <summary>A kit's bill of materials, checked against the item master (<see cref="BillOfMaterials"/>).</summary>
    /// <remarks>
    /// Reads every item reachable from the components, with their own components, so that a cycle through stored kits is
    /// found too. Two concurrent changes could still close a cycle between them; kit jobs consume only direct components,
    /// so such a cycle cannot loop, it only makes neither kit producible.
    /// </remarks>
    private async Task<IReadOnlyList<KitComponentRecord>> ComponentsAsync(string ownerId, Sku kit, IReadOnlyList<KitComponentInput?> input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var components = new List<KitComponent>();
        for (var i = 0; i < input.Count; i++)
        {
            if (input[i] is not { } line)
            {
                errors.Add(new FieldError($"/components/{i}", "A component needs its 'sku' and 'units'."));
                continue;
            }

            var sku = Try(errors, $"/components/{i}/sku", () => Sku.Parse(line.Sku));
            var component = sku is null ? null : Try(errors, $"/components/{i}/units", () => KitComponent.Of(sku, line.Units));
            if (component is not null)
            {
                components.Add(component);
            }
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var known = new Dictionary<Sku, IReadOnlyList<KitComponent>>();
        var next = new Queue<Sku>(components.Select(c => c.Sku));
        while (next.TryDequeue(out var sku) && known.Count <= 10 * BillOfMaterials.MaxComponents)
        {
            if (known.ContainsKey(sku) || sku == kit)
            {
                continue;
            }

            if (await FindAsync(ownerId, sku.Value, cancellationToken) is { } found)
            {
                var own = found.Components.Select(c => KitComponent.Of(Sku.Parse(c.Sku), c.Units)).ToList();
                known[sku] = own;
                foreach (var component in own)
                {
                    next.Enqueue(component.Sku);
                }
            }
        }

        var faults = BillOfMaterials.Faults(kit, components, known);
        return faults.Count > 0
            ? throw new WarehouseValidationException([.. faults.Select(f => new FieldError($"/components/{f.Index}/sku", f.Message))])
            : [.. components.Select(c => new KitComponentRecord(c.Sku.Value, c.Units))];
    }

    private static Item Build(string ownerId, string sku, ItemInput input)
    {
        var errors = new List<FieldError>();
        var parsedSku = Try(errors, "/sku", () => Sku.Parse(sku));
        var packUnit = input.PackUnit?.ToUpperInvariant() switch
        {
            null or "EACH" => UnitOfMeasure.Each,
            "CASE" => UnitOfMeasure.Case,
            _ => Fail<UnitOfMeasure>(errors, "/packUnit", $"'packUnit' must be 'each' or 'case', was '{input.PackUnit}'."),
        };
        var handling = HandlingFlags.None;
        foreach (var (flag, index) in (input.Handling ?? []).Select((f, i) => (f, i)))
        {
            if (Enum.TryParse<HandlingFlags>(flag, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(flag, out _))
            {
                handling |= parsed;
            }
            else
            {
                errors.Add(new FieldError($"/handling/{index}", $"'{flag}' is not one of humidityControlled, magneticMedia, fragile, hazmat."));
            }
        }

        var barcodes = (input.Barcodes ?? []).Select((code, i) => Try(errors, $"/barcodes/{i}", () => Barcode.Parse(code))).ToList();
        if (errors.Count > 0 || parsedSku is null)
        {
            throw new WarehouseValidationException(errors);
        }

        var item = Try(errors, "/description", () => Item.Create(OwnerId.Parse(ownerId), parsedSku, input.Description ?? string.Empty));
        Try(errors, "/caseQuantity", () => item?.ChangePacking(packUnit, input.CaseQuantity ?? 1));
        Try(errors, "/expiryControlled", () => item?.ChangeTracking(input.LotControlled, input.ExpiryControlled));
        item?.ChangeHandling(handling);
        Try(errors, "/specification", () => item?.Specify(input.Specification));
        foreach (var (barcode, index) in barcodes.Select((b, i) => (b, i)))
        {
            Try(errors, $"/barcodes/{index}", () => { if (barcode is not null) { item?.AddBarcode(barcode); } });
        }

        return errors.Count > 0 || item is null ? throw new WarehouseValidationException(errors) : item;
    }

    private static T? Try<T>(List<FieldError> errors, string pointer, Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (DomainException ex)
        {
            errors.Add(new FieldError(pointer, ex.Message));
            return null;
        }
    }

    private static void Try(List<FieldError> errors, string pointer, Action action)
    {
        try
        {
            action();
        }
        catch (DomainException ex)
        {
            errors.Add(new FieldError(pointer, ex.Message));
        }
    }

    private static T Fail<T>(List<FieldError> errors, string pointer, string message)
    {
        errors.Add(new FieldError(pointer, message));
        return default!;
    }
}
