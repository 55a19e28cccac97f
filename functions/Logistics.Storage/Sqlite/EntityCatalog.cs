namespace Logistics.Storage.Sqlite;

/// <summary>An immutable snapshot of the declared queue entities, swapped whole when a declaration commits.</summary>
internal sealed class EntityCatalog
{
    private readonly Dictionary<string, QueueEntity> byPath;
    private readonly Dictionary<string, string[]> subscriptionsByTopic;

    public EntityCatalog(IEnumerable<QueueEntity> entities)
    {
        byPath = entities.ToDictionary(entity => entity.Path, StringComparer.Ordinal);
        subscriptionsByTopic = byPath.Values
            .Where(entity => entity.Topic is not null)
            .GroupBy(entity => entity.Topic!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(entity => entity.Path).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static EntityCatalog Empty { get; } = new([]);

    public QueueEntity? Find(string path) => byPath.GetValueOrDefault(path);

    /// <summary>The paths a message sent to <paramref name="entity"/> is stored under (a topic fans out).</summary>
    public IReadOnlyList<string> Targets(QueueEntity entity) =>
        entity.Kind == QueueEntity.TopicKind ? subscriptionsByTopic.GetValueOrDefault(entity.Path, []) : [entity.Path];
}
