using System.Globalization;
using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Outbound;

/// <summary>Books packed cartons: each holds picked, not yet packed units of the order, by line and lot.</summary>
/// <remarks>Packing moves no stock (the goods stay picked in the shipping area); it records what each carton holds for the handover and the 945.</remarks>
public sealed class OrderPacking(WarehouseStore store, OrderRepository orders, OrderOrchestrations orchestrations, TimeProvider time)
{
    private const int MaxCartonIdLength = 35;

    /// <summary>Adds the cartons; posting the same cartons again changes nothing.</summary>
    /// <exception cref="WarehouseValidationException">A carton is malformed, or holds more than is picked and unpacked.</exception>
    /// <exception cref="StateConflictException">A carton id is taken by other contents, or the order is finished.</exception>
    public async Task<IReadOnlyList<CartonRecord>> PackAsync(DurableTaskClient client, string orderId, PackInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cartons = Check(input);
        var container = await store.ContainerAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var read = await orders.GetAsync(orderId, null, cancellationToken);
            var order = read.Value;
            var known = order.Cartons.ToDictionary(c => c.CartonId, StringComparer.Ordinal);
            var fresh = new List<CartonRecord>();
            foreach (var carton in cartons)
            {
                if (known.TryGetValue(carton.CartonId, out var existing))
                {
                    if (!Same(existing, carton))
                    {
                        throw new StateConflictException($"Carton {carton.CartonId} of order {orderId} was packed with other contents.");
                    }
                }
                else
                {
                    fresh.Add(carton);
                }
            }

            if (fresh.Count == 0)
            {
                return [.. cartons.Select(c => known[c.CartonId])];
            }

            if (order.IsFinished)
            {
                throw new StateConflictException($"Order {orderId} is {order.Stage}; it takes no cartons.");
            }

            fresh = [.. fresh.Select(c => c with { Contents = [.. c.Contents.Select(content => Resolve(order, content))] })];
            CheckAgainstPicked(order, fresh);
            var now = time.GetUtcNow();
            var packed = (order with { Cartons = [.. order.Cartons, .. fresh] }).Staged();
            var packedEvent = new WarehouseEvent($"{orderId}/packed/{string.Join(',', fresh.Select(c => c.CartonId))}", EventTypes.OrderPacked, order.OwnerId, orderId, now,
                new { cartons = fresh.Count, units = fresh.Sum(c => c.Contents.Sum(x => x.Units)), weightKg = fresh.Sum(c => c.WeightKg) });
            try
            {
                await container.CreateBatch(order.OwnerId).Replace(packed, read.ETag).Send(packedEvent.ToMessage()).ExecuteAsync(cancellationToken);
            }
            catch (DocumentBatchException ex) when (attempt < 10 && ex.Failure is DocumentPreconditionFailedException)
            {
                continue;
            }

            await orchestrations.SignalAsync(client, orderId, OrderMilestones.Packed, new MilestoneEvent($"{fresh.Count} cartons", now), cancellationToken);
            var stored = packed.Cartons.ToDictionary(c => c.CartonId, StringComparer.Ordinal);
            return [.. cartons.Select(c => stored[c.CartonId])];
        }
    }

    // A carton posted again: same weight and contents (the SKU is filled in from the order, so it is not compared).
    private static bool Same(CartonRecord stored, CartonRecord posted) =>
        stored.WeightKg == posted.WeightKg
        && stored.Contents.Select(c => (c.LineNumber, c.Lot, c.Units)).SequenceEqual(posted.Contents.Select(c => (c.LineNumber, c.Lot, c.Units)));

    // The line's SKU filled in from the order.
    private static CartonContent Resolve(OrderDocument order, CartonContent content) =>
        order.Lines.FirstOrDefault(l => l.LineNumber == content.LineNumber) is { } line
            ? content with { Sku = line.Sku }
            : throw new WarehouseValidationException("/cartons", $"Order {order.OrderId} has no line {content.LineNumber}.");

    private static void CheckAgainstPicked(OrderDocument order, List<CartonRecord> fresh)
    {
        var unpacked = order.Unpacked().ToDictionary(c => (c.LineNumber, c.Lot), c => c.Units);
        foreach (var group in fresh.SelectMany(c => c.Contents).GroupBy(c => (c.LineNumber, c.Lot)))
        {
            var available = unpacked.GetValueOrDefault(group.Key);
            if (group.Sum(c => c.Units) > available)
            {
                throw new WarehouseValidationException("/cartons",
                    $"Line {group.Key.LineNumber}, lot {group.Key.Lot ?? "(none)"}: {group.Sum(c => c.Units)} units packed, but only {available} are picked and not yet packed.");
            }
        }
    }

    private static List<CartonRecord> Check(PackInput input)
    {
        var errors = new List<FieldError>();
        var cartons = new List<CartonRecord>();
        if (input.Cartons is not { Count: > 0 })
        {
            throw new WarehouseValidationException("/cartons", "'cartons' must list at least one carton.");
        }

        for (var i = 0; i < input.Cartons.Count; i++)
        {
            var carton = input.Cartons[i];
            var at = "/cartons/" + i.ToString(CultureInfo.InvariantCulture);
            if (string.IsNullOrWhiteSpace(carton.CartonId) || carton.CartonId.Length > MaxCartonIdLength)
            {
                errors.Add(new FieldError(at + "/cartonId", $"'cartonId' is required, 1–{MaxCartonIdLength} characters."));
            }

            if (carton.WeightKg is <= 0 or > 10_000)
            {
                errors.Add(new FieldError(at + "/weightKg", $"'weightKg' must be above 0 and at most 10000, was {carton.WeightKg.ToString(CultureInfo.InvariantCulture)}."));
            }

            if (carton.Contents is not { Count: > 0 } contents || contents.Any(c => c.Units < 1))
            {
                errors.Add(new FieldError(at + "/contents", "'contents' must list at least one line, each with at least 1 unit."));
                continue;
            }

            cartons.Add(new CartonRecord(carton.CartonId?.Trim() ?? string.Empty, carton.WeightKg,
                [.. contents.Select(c => new CartonContent(c.LineNumber, string.Empty, c.Lot?.Trim().ToUpperInvariant(), c.Units))]));
        }

        if (cartons.Select(c => c.CartonId).Distinct(StringComparer.Ordinal).Count() != cartons.Count)
        {
            errors.Add(new FieldError("/cartons", "Carton ids must be unique."));
        }

        return errors.Count > 0 ? throw new WarehouseValidationException(errors) : cartons;
    }
}
