using Logistics.Application.Common;
using Logistics.Storage.Documents;

namespace Logistics.Application.Audit;

/// <summary>
/// The immutable log of manual actions: the <c>audit</c> container, partitioned by UTC month. Entries are only ever
/// created; nothing here (or anywhere) replaces or deletes one.
/// </summary>
/// <remarks>
/// A container of its own rather than the warehouse container: an action need not concern one owner (a key issued, an
/// orchestration terminated), and ops read the log across owners by time, which a month partition serves.
/// </remarks>
public sealed class AuditLog(IDocumentStore store)
{
    /// <summary>The container name.</summary>
    public const string ContainerName = "audit";

    /// <summary>The largest request body kept in an entry; a larger one is kept as its first bytes in a string.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>The longest period one query may cover.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    private readonly InitializeOnce _declare = new(ct => store.EnsureContainerAsync(Definition, ct));

    /// <summary>The container declaration.</summary>
    public static ContainerDefinition Definition { get; } = new(ContainerName, "/month")
    {
        SortOrders = [[new QueryOrder("/at", Descending: true)]],
    };

    /// <summary>Appends an entry.</summary>
    /// <exception cref="DocumentConflictException">An entry with this id exists: entries are never overwritten.</exception>
    public async Task RecordAsync(AuditEntryDocument entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _declare.EnsureAsync(cancellationToken);
        await store.GetContainer(ContainerName).CreateAsync(entry, cancellationToken);
    }

    /// <summary>One page of the entries matching <paramref name="filter"/>, newest first.</summary>
    /// <exception cref="WarehouseValidationException">The period is empty or longer than <see cref="MaxPeriod"/>.</exception>
    public async Task<DocumentPage<AuditEntryDocument>> QueryAsync(AuditFilter filter, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.To <= filter.From || filter.To - filter.From > MaxPeriod)
        {
            throw new WarehouseValidationException("/to", $"'to' must be after 'from' and at most {MaxPeriod.TotalDays:0} days later.");
        }

        await _declare.EnsureAsync(cancellationToken);
        var query = new DocumentQuery(null) { PageSize = pageSize, ContinuationToken = continuationToken }
            .WhereEquals("/type", AuditEntryDocument.Kind)
            .Where("/month", QueryOperator.In, MonthsOf(filter.From, filter.To))
            .Where("/at", QueryOperator.GreaterThanOrEqual, UtcText.Of(filter.From))
            .Where("/at", QueryOperator.LessThan, UtcText.Of(filter.To))
            .OrderByPath("/at", descending: true);
        query = filter.OwnerId is null ? query : query.WhereEquals("/ownerId", filter.OwnerId);
        query = filter.KeyId is null ? query : query.WhereEquals("/actor/keyId", filter.KeyId);
        query = filter.Role is null ? query : query.WhereEquals("/actor/role", filter.Role);
        query = filter.ActionPrefix is null ? query : query.Where("/action", QueryOperator.StartsWith, filter.ActionPrefix);
        return await store.GetContainer(ContainerName).QueryAsync<AuditEntryDocument>(query, cancellationToken);
    }

    private static List<string> MonthsOf(DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<string>();
        var first = new DateTime(from.UtcDateTime.Year, from.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var month = first; month < to.UtcDateTime; month = month.AddMonths(1))
        {
            months.Add(AuditEntryDocument.MonthOf(month));
        }

        return months;
    }
}
