using System.Text.Json.Nodes;
using Logistics.Storage.Documents;
using Microsoft.Data.Sqlite;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// The document writes, each run on the writer inside an open transaction; shared by single writes and batches.
/// </summary>
/// <remarks>
/// Expired rows may linger until purged, so every statement treats a row whose <c>expires_at</c> has passed as absent.
/// </remarks>
internal sealed class DocumentWriter(SqliteDatabase database)
{
    private const string Live = "(expires_at IS NULL OR expires_at > $now)";

    private const string InsertSql = """
        INSERT INTO documents(container, pk, id, body, etag, ts, seq, expires_at)
        VALUES($c, $pk, $id, $body, $etag, $ts, $seq, $exp)
        ON CONFLICT(container, pk, id) DO UPDATE SET
            body = excluded.body, etag = excluded.etag, ts = excluded.ts, seq = excluded.seq, expires_at = excluded.expires_at
        WHERE documents.expires_at IS NOT NULL AND documents.expires_at <= $now
        """;

    private const string UpsertSql = """
        INSERT INTO documents(container, pk, id, body, etag, ts, seq, expires_at)
        VALUES($c, $pk, $id, $body, $etag, $ts, $seq, $exp)
        ON CONFLICT(container, pk, id) DO UPDATE SET
            body = excluded.body, etag = excluded.etag, ts = excluded.ts, seq = excluded.seq, expires_at = excluded.expires_at
        """;

    private const string ReplaceSql = $"""
        UPDATE documents SET body = $body, etag = $etag, ts = $ts, seq = $seq, expires_at = $exp
        WHERE container = $c AND pk = $pk AND id = $id AND {Live} AND ($ifMatch IS NULL OR etag = $ifMatch)
        """;

    private const string DeleteSql = $"""
        DELETE FROM documents WHERE container = $c AND pk = $pk AND id = $id AND {Live} AND ($ifMatch IS NULL OR etag = $ifMatch)
        """;

    private const string ReadLiveSql = $"SELECT etag, body FROM documents WHERE container = $c AND pk = $pk AND id = $id AND {Live}";

    public StoredDocument Create(SqliteSession session, ContainerDefinition definition, PreparedDocument document, long nowMs)
    {
        var stored = Stamp(definition, document, nowMs, out var expiresAt);
        var changed = Bind(session.Command(InsertSql), definition, stored, expiresAt, nowMs).ExecuteNonQuery();
        return changed == 1
            ? stored
            : throw new DocumentConflictException($"Document '{document.Id}' already exists in partition '{document.PartitionKey}' of '{definition.Name}'.");
    }

    public StoredDocument Replace(SqliteSession session, ContainerDefinition definition, PreparedDocument document, string? ifMatch, long nowMs)
    {
        var stored = Stamp(definition, document, nowMs, out var expiresAt);
        var changed = Bind(session.Command(ReplaceSql), definition, stored, expiresAt, nowMs).With("$ifMatch", ifMatch).ExecuteNonQuery();
        if (changed == 0)
            throw Failure(session, definition, document.Id, document.PartitionKey, nowMs);
        return stored;
    }

    public StoredDocument Upsert(SqliteSession session, ContainerDefinition definition, PreparedDocument document, string? ifMatch, long nowMs)
    {
        if (ifMatch is not null)
            return Replace(session, definition, document, ifMatch, nowMs);
        var stored = Stamp(definition, document, nowMs, out var expiresAt);
        Bind(session.Command(UpsertSql), definition, stored, expiresAt, nowMs).ExecuteNonQuery();
        return stored;
    }

    public void Delete(SqliteSession session, ContainerDefinition definition, string id, string partitionKey, string? ifMatch, long nowMs)
    {
        var changed = session.Command(DeleteSql)
            .With("$c", definition.Name).With("$pk", partitionKey).With("$id", id).With("$now", nowMs).With("$ifMatch", ifMatch)
            .ExecuteNonQuery();
        if (changed == 0)
            throw Failure(session, definition, id, partitionKey, nowMs);
    }

    public StoredDocument Patch(
        SqliteSession session,
        ContainerDefinition definition,
        string id,
        string partitionKey,
        IReadOnlyList<PatchOperation> operations,
        string? ifMatch,
        long nowMs)
    {
        string etag;
        string text;
        using (var reader = session.Command(ReadLiveSql).With("$c", definition.Name).With("$pk", partitionKey).With("$id", id).With("$now", nowMs).ExecuteReader())
        {
            if (!reader.Read())
                throw NotFound(definition, id, partitionKey);
            etag = reader.GetString(0);
            text = reader.GetString(1);
        }

        if (ifMatch is not null && ifMatch != etag)
            throw Stale(definition, id, partitionKey);
        var body = (JsonObject)JsonNode.Parse(text)!;
        JsonPatcher.Apply(body, operations, definition);
        return Replace(session, definition, DocumentCodec.Prepare(id, partitionKey, body), ifMatch: null, nowMs);
    }

    private static DocumentStoreException NotFound(ContainerDefinition definition, string id, string partitionKey) =>
        new DocumentNotFoundException($"Document '{id}' does not exist in partition '{partitionKey}' of '{definition.Name}'.");

    private static DocumentStoreException Stale(ContainerDefinition definition, string id, string partitionKey) =>
        new DocumentPreconditionFailedException($"Document '{id}' in partition '{partitionKey}' of '{definition.Name}' changed since the given ETag.");

    private static DocumentStoreException Failure(SqliteSession session, ContainerDefinition definition, string id, string partitionKey, long nowMs)
    {
        // Only reached when a conditional statement touched nothing: tell "absent" from "changed meanwhile".
        using var reader = session.Command(ReadLiveSql).With("$c", definition.Name).With("$pk", partitionKey).With("$id", id).With("$now", nowMs).ExecuteReader();
        return reader.Read() ? Stale(definition, id, partitionKey) : NotFound(definition, id, partitionKey);
    }

    private static SqliteCommand Bind(
        SqliteCommand command,
        ContainerDefinition definition,
        StoredDocument stored,
        long? expiresAt,
        long nowMs) =>
        command.With("$c", definition.Name).With("$pk", stored.PartitionKey).With("$id", stored.Id).With("$body", stored.Body)
            .With("$etag", stored.ETag).With("$ts", stored.TimestampMs).With("$seq", stored.Sequence).With("$exp", expiresAt).With("$now", nowMs);

    private StoredDocument Stamp(ContainerDefinition definition, PreparedDocument document, long nowMs, out long? expiresAt)
    {
        var sequence = database.NextSequence();
        expiresAt = DocumentCodec.ExpiresAt(document, definition, nowMs);
        return new StoredDocument(document.Id, document.PartitionKey, DocumentCodec.ETag(sequence), nowMs, sequence, DocumentCodec.Finish(document, sequence, nowMs));
    }
}
