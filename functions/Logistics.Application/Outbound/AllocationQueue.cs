namespace Logistics.Application.Outbound;

/// <summary>
/// Groups concurrent allocation requests for the same items so that one caller (the leader) allocates them together:
/// many orders' reservations then commit in one batch and one disk flush instead of one each.
/// </summary>
/// <remarks>
/// A request joins the queue of its owner and items; the first request that finds no leader becomes it and takes the
/// queued requests in turns until none are left. Every request gets its own result or exception. Requests for other
/// items run in parallel, each with its own leader.
/// </remarks>
public sealed class AllocationQueue
{
    private readonly Dictionary<string, Queue> _queues = new(StringComparer.Ordinal);

    /// <summary>Allocates <paramref name="orderId"/> in a turn of its queue.</summary>
    /// <param name="key">The owner and items the order allocates (orders with the same key may share a turn).</param>
    /// <param name="orderId">The order.</param>
    /// <param name="runTurn">Allocates the orders of one turn; returns the finished ones (the rest wait for the next turn).</param>
    /// <param name="cancellationToken">Stops waiting (the allocation itself may still happen).</param>
    public Task<OrderDocument> EnqueueAsync(
        string key, string orderId, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, OrderDocument>>> runTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runTurn);
        var request = new Request(orderId);
        Queue queue;
        bool lead;
        lock (_queues)
        {
            if (!_queues.TryGetValue(key, out queue!))
            {
                queue = new Queue();
                _queues[key] = queue;
            }

            queue.Waiting.Add(request);
            lead = !queue.Leading;
            queue.Leading = true;
        }

        if (lead)
        {
            _ = LeadAsync(key, queue, runTurn);
        }

        return request.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task LeadAsync(string key, Queue queue, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, OrderDocument>>> runTurn)
    {
        // Run the turns off the leader's own call, so its caller's cancellation cannot abandon the others.
        await Task.Yield();
        while (true)
        {
            List<Request> turn;
            lock (_queues)
            {
                if (queue.Waiting.Count == 0)
                {
                    queue.Leading = false;
                    _queues.Remove(key);
                    return;
                }

                turn = [.. queue.Waiting];
                queue.Waiting.Clear();
            }

            try
            {
                var done = await runTurn([.. turn.Select(r => r.OrderId).Distinct(StringComparer.Ordinal)]);
                var later = new List<Request>();
                foreach (var request in turn)
                {
                    if (done.TryGetValue(request.OrderId, out var order))
                    {
                        request.Done.TrySetResult(order);
                    }
                    else
                    {
                        later.Add(request);
                    }
                }

                lock (_queues)
                {
                    queue.Waiting.InsertRange(0, later);
                }
            }
            catch (Exception) when (turn.Count > 1)
            {
                // One order's fault must not fail the others: each goes again alone and gets its own outcome.
                foreach (var request in turn)
                {
                    await RunAloneAsync(request, runTurn);
                }
            }
            catch (Exception ex)
            {
                turn[0].Done.TrySetException(ex);
            }
        }
    }

    private static async Task RunAloneAsync(Request request, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, OrderDocument>>> runTurn)
    {
        try
        {
            var done = await runTurn([request.OrderId]);
            if (done.TryGetValue(request.OrderId, out var order))
            {
                request.Done.TrySetResult(order);
            }
            else
            {
                request.Done.TrySetException(new InvalidOperationException($"Allocating order {request.OrderId} alone did not finish it."));
            }
        }
        catch (Exception ex)
        {
            request.Done.TrySetException(ex);
        }
    }

    private sealed class Queue
    {
        public List<Request> Waiting { get; } = [];

        public bool Leading { get; set; }
    }

    private sealed record Request(string OrderId)
    {
        public TaskCompletionSource<OrderDocument> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
