using Logistics.Storage.Messaging;

namespace Logistics.Storage.Sqlite;

/// <summary>Receiving and settling.</summary>
internal sealed partial class SqliteMessageQueue
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(int.MaxValue);

    private const string LockHeld = "seq = $s AND lock_token = $t AND visible_at > $now AND dead_lettered_at IS NULL";

    public Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(
        string entityPath,
        int maxMessages,
        TimeSpan lockDuration,
        CancellationToken cancellationToken = default)
    {
        var entity = Receivable(entityPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockDuration, TimeSpan.Zero);
        // Idle receivers poll often: look on a reader first and take the single writer only when something is due.
        var now = NowMs();
        var anyDue = database.Read(session => session.Command($"SELECT EXISTS(SELECT 1 FROM queue_messages WHERE {ActiveWhere} AND visible_at <= $now)")
            .With("$e", entity.Path).With("$now", now).ExecuteScalar() is 1L);
        return anyDue
            ? database.WriteAsync<IReadOnlyList<ReceivedMessage>>(session => Receive(session, entity, maxMessages, lockDuration), cancellationToken)
            : Task.FromResult<IReadOnlyList<ReceivedMessage>>([]);
    }

    public async Task WaitForMessagesAsync(string entityPath, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        Receivable(entityPath);
        // Take the signal before looking at the table, so a send that commits in between still wakes us.
        var signal = signals.Next(entityPath);
        var nextDue = database.Read(session => session.Command($"SELECT MIN(visible_at) FROM queue_messages WHERE {ActiveWhere}")
            .With("$e", entityPath).ExecuteScalar() is long due ? due : (long?)null);
        var now = NowMs();
        if (nextDue <= now)
            return;
        // Infinite or huge waits are capped at Task.Delay's limit; an early return is only a spurious wake-up.
        var wait = maxWait == Timeout.InfiniteTimeSpan || maxWait > MaxDelay ? MaxDelay : maxWait;
        if (nextDue is { } dueMs && TimeSpan.FromMilliseconds(dueMs - now) < wait)
            wait = TimeSpan.FromMilliseconds(dueMs - now);
        if (wait <= TimeSpan.Zero)
            return;
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, timeProvider, stopWaiting.Token);
        await Task.WhenAny(signal, delay).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public Task CompleteAsync(ReceivedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return database.WriteAsync(
            session =>
            {
                var changed = session.Command($"DELETE FROM queue_messages WHERE {LockHeld}")
                    .With("$s", message.SequenceNumber).With("$t", message.LockToken).With("$now", NowMs())
                    .ExecuteNonQuery();
                return changed == 1 ? 0 : throw LockLost(message);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ReceivedMessage>> CompleteAsync(IReadOnlyList<ReceivedMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
            ArgumentNullException.ThrowIfNull(message, nameof(messages));
        if (messages.Count == 0)
            return Task.FromResult<IReadOnlyList<ReceivedMessage>>([]);
        return database.WriteAsync<IReadOnlyList<ReceivedMessage>>(
            session =>
            {
                // One transaction (one fsync under FULL) for the whole batch; a lost lock is reported, not thrown, so
                // the messages still held are settled whatever happened to the others.
                var now = NowMs();
                var lost = new List<ReceivedMessage>();
                foreach (var message in messages)
                {
                    var changed = session.Command($"DELETE FROM queue_messages WHERE {LockHeld}")
                        .With("$s", message.SequenceNumber).With("$t", message.LockToken).With("$now", now)
                        .ExecuteNonQuery();
                    if (changed != 1)
                        lost.Add(message);
                }

                return lost;
            },
            cancellationToken);
    }

    public Task AbandonAsync(ReceivedMessage message, TimeSpan? retryAfter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return database.WriteAsync(
            session =>
            {
                var now = NowMs();
                var visibleAt = now + (long)Math.Max(0, retryAfter?.TotalMilliseconds ?? 0);
                var changed = session.Command($"UPDATE queue_messages SET lock_token = NULL, visible_at = $v WHERE {LockHeld}")
                    .With("$s", message.SequenceNumber).With("$t", message.LockToken).With("$now", now).With("$v", visibleAt)
                    .ExecuteNonQuery();
                if (changed != 1)
                    throw LockLost(message);
                session.OnCommit(() => signals.Pulse(message.Entity));
                return 0;
            },
            cancellationToken);
    }

    public Task DeadLetterAsync(ReceivedMessage message, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return database.WriteAsync(
            session =>
            {
                var changed = session.Command($"""
                    UPDATE queue_messages SET lock_token = NULL, dead_lettered_at = $now, dead_letter_reason = $r WHERE {LockHeld}
                    """)
                    .With("$s", message.SequenceNumber).With("$t", message.LockToken).With("$now", NowMs()).With("$r", reason)
                    .ExecuteNonQuery();
                if (changed != 1)
                    throw LockLost(message);
                logger.DeadLettered(message.Entity, message.SequenceNumber, reason);
                return 0;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<DeadLetteredMessage>> ListDeadLettersAsync(string entityPath, int maxMessages = 100, CancellationToken cancellationToken = default)
    {
        Receivable(entityPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        return Task.FromResult<IReadOnlyList<DeadLetteredMessage>>(database.Read(session =>
        {
            var list = new List<DeadLetteredMessage>();
            using var reader = session.Command("""
                SELECT seq, body, delivery_count, enqueued_at, dead_lettered_at, dead_letter_reason FROM queue_messages
                WHERE entity = $e AND dead_lettered_at IS NOT NULL ORDER BY seq LIMIT $n
                """).With("$e", entityPath).With("$n", maxMessages).ExecuteReader();
            while (reader.Read())
            {
                list.Add(new DeadLetteredMessage(
                    entityPath,
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetInt32(2),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                    reader.NullableString(5) ?? string.Empty));
            }

            return list;
        }));
    }

    public async Task<int> RedriveDeadLettersAsync(string entityPath, IReadOnlyCollection<long>? sequenceNumbers = null, CancellationToken cancellationToken = default)
    {
        Receivable(entityPath);
        var count = await database.WriteAsync(
            session =>
            {
                var now = NowMs();
                const string Redrive = """
                    UPDATE queue_messages SET dead_lettered_at = NULL, dead_letter_reason = NULL, delivery_count = 0, lock_token = NULL, visible_at = $now
                    WHERE entity = $e AND dead_lettered_at IS NOT NULL
                    """;
                var total = 0;
                if (sequenceNumbers is null)
                {
                    total = session.Command(Redrive).With("$e", entityPath).With("$now", now).ExecuteNonQuery();
                }
                else
                {
                    foreach (var sequence in sequenceNumbers)
                        total += session.Command(Redrive + " AND seq = $s").With("$e", entityPath).With("$now", now).With("$s", sequence).ExecuteNonQuery();
                }

                if (total > 0)
                    session.OnCommit(() => signals.Pulse(entityPath));
                return total;
            },
            cancellationToken).ConfigureAwait(false);
        if (count > 0)
            logger.Redriven(entityPath, count);
        return count;
    }

    public Task<long> CountActiveAsync(string entityPath, CancellationToken cancellationToken = default)
    {
        Receivable(entityPath);
        return Task.FromResult(database.Read(session =>
            (long)session.Command($"SELECT COUNT(*) FROM queue_messages WHERE {ActiveWhere}").With("$e", entityPath).ExecuteScalar()!));
    }

    private static MessageLockLostException LockLost(ReceivedMessage message) =>
        new($"The lock on message {message.SequenceNumber} of '{message.Entity}' expired or was taken by another receiver.");

    private List<ReceivedMessage> Receive(SqliteSession session, QueueEntity entity, int maxMessages, TimeSpan lockDuration)
    {
        var now = NowMs();
        var lockedUntil = now + (long)lockDuration.TotalMilliseconds;
        var received = new List<ReceivedMessage>(Math.Min(maxMessages, 64));
        while (received.Count < maxMessages)
        {
            var candidates = new List<(long Seq, string Body, long EnqueuedAt, int DeliveryCount)>();
            using (var reader = session.Command($"""
                SELECT seq, body, enqueued_at, delivery_count FROM queue_messages
                WHERE {ActiveWhere} AND visible_at <= $now ORDER BY seq LIMIT $n
                """).With("$e", entity.Path).With("$now", now).With("$n", maxMessages - received.Count).ExecuteReader())
            {
                while (reader.Read())
                    candidates.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3)));
            }

            if (candidates.Count == 0)
                break;
            foreach (var (seq, body, enqueuedAt, deliveryCount) in candidates)
            {
                if (deliveryCount >= entity.MaxDeliveryCount)
                {
                    session.Command("""
                        UPDATE queue_messages SET lock_token = NULL, dead_lettered_at = $now, dead_letter_reason = $r WHERE seq = $s
                        """).With("$now", now).With("$r", MaxDeliveryCountExceeded).With("$s", seq).ExecuteNonQuery();
                    logger.DeadLettered(entity.Path, seq, MaxDeliveryCountExceeded);
                    continue;
                }

                var token = Guid.NewGuid().ToString("N");
                session.Command("UPDATE queue_messages SET lock_token = $t, visible_at = $v, delivery_count = delivery_count + 1 WHERE seq = $s")
                    .With("$t", token).With("$v", lockedUntil).With("$s", seq).ExecuteNonQuery();
                received.Add(new ReceivedMessage(
                    entity.Path,
                    seq,
                    body,
                    deliveryCount + 1,
                    DateTimeOffset.FromUnixTimeMilliseconds(enqueuedAt),
                    token,
                    DateTimeOffset.FromUnixTimeMilliseconds(lockedUntil)));
            }
        }

        return received;
    }
}
