using System.Globalization;
using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Sqlite;

/// <summary>One container of the embedded store.</summary>
internal sealed class SqliteDocumentContainer(ContainerDefinition definition, DocumentContext context) : IDocumentContainer
{
    private const string ReadSql =
        "SELECT id, pk, etag, ts, body FROM documents WHERE container = $c AND pk = $pk AND id = $id AND (expires_at IS NULL OR expires_at > $now)";

    public ContainerDefinition Definition { get; } = definition;

    public async Task<Document<T>> CreateAsync<T>(T document, CancellationToken cancellationToken = default)
    {
        var prepared = DocumentCodec.Prepare(document, Definition);
        var stored = await context.WriteAsync((session, now) => context.Writer.Create(session, Definition, prepared, now), cancellationToken).ConfigureAwait(false);
        return stored.ToDocument<T>();
    }

    public Task<Document<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(partitionKey);
        var now = context.NowMs();
        return Task.FromResult(context.Database.Read(session =>
        {
            using var reader = session.Command(ReadSql).With("$c", Definition.Name).With("$pk", partitionKey).With("$id", id).With("$now", now).ExecuteReader();
            return reader.Read() ? DocumentCodec.Read<T>(reader) : null;
        }));
    }

    public async Task<Document<T>> ReplaceAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var prepared = DocumentCodec.Prepare(document, Definition);
        var stored = await context.WriteAsync((session, now) => context.Writer.Replace(session, Definition, prepared, ifMatch, now), cancellationToken).ConfigureAwait(false);
        return stored.ToDocument<T>();
    }

    public async Task<Document<T>> UpsertAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var prepared = DocumentCodec.Prepare(document, Definition);
        var stored = await context.WriteAsync((session, now) => context.Writer.Upsert(session, Definition, prepared, ifMatch, now), cancellationToken).ConfigureAwait(false);
        return stored.ToDocument<T>();
    }

    public Task DeleteAsync(string id, string partitionKey, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(partitionKey);
        return context.WriteAsync(
            (session, now) =>
            {
                context.Writer.Delete(session, Definition, id, partitionKey, ifMatch, now);
                return 0;
            },
            cancellationToken);
    }

    public async Task<Document<T>> PatchAsync<T>(
        string id,
        string partitionKey,
        IReadOnlyList<PatchOperation> operations,
        string? ifMatch = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(operations);
        var stored = await context.WriteAsync(
            (session, now) => context.Writer.Patch(session, Definition, id, partitionKey, operations, ifMatch, now),
            cancellationToken).ConfigureAwait(false);
        return stored.ToDocument<T>();
    }

    public IDocumentBatch CreateBatch(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return new SqliteDocumentBatch(Definition, context, partitionKey);
    }

    public Task<DocumentPage<T>> QueryAsync<T>(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        Definition.EnsureDeclaresOrder(query.OrderBy);
        var translated = SqliteQueryTranslator.Translate(Definition, query, context.NowMs());
        return Task.FromResult(context.Database.Read(session =>
        {
            var command = session.Command(translated.Sql);
            foreach (var (name, value) in translated.Parameters)
                command.With(name, value);
            var items = new List<Document<T>>(Math.Min(query.PageSize, 256));
            string? lastId = null;
            string? lastPartitionKey = null;
            var more = false;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    if (items.Count == query.PageSize)
                    {
                        more = true;
                        break;
                    }

                    items.Add(DocumentCodec.Read<T>(reader));
                    lastId = reader.GetString(0);
                    lastPartitionKey = reader.GetString(1);
                }
            }

            var token = more ? translated.NextToken(lastPartitionKey!, lastId!) : null;
            return new DocumentPage<T>(items, token);
        }));
    }

    public Task<ChangePage> ReadChangesAsync(string? continuation, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var after = 0L;
        if (continuation is not null && !long.TryParse(continuation, NumberStyles.None, CultureInfo.InvariantCulture, out after))
            throw new ArgumentException($"'{continuation}' is not a change continuation of this store.", nameof(continuation));
        var now = context.NowMs();
        return Task.FromResult(context.Database.Read(session =>
        {
            var changes = new List<Document<JsonElement>>();
            var last = after;
            using var reader = session.Command("""
                SELECT id, pk, etag, ts, body, seq FROM documents
                WHERE container = $c AND seq > $after AND (expires_at IS NULL OR expires_at > $now) ORDER BY seq LIMIT $n
                """).With("$c", Definition.Name).With("$after", after).With("$now", now).With("$n", maxItems).ExecuteReader();
            while (reader.Read())
            {
                changes.Add(DocumentCodec.Read<JsonElement>(reader));
                last = reader.GetInt64(5);
            }

            return new ChangePage(changes, last.ToString(CultureInfo.InvariantCulture));
        }));
    }
}
