using System.Net;
using System.Text.Json;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Queries and the change feed.</summary>
public sealed partial class CosmosDocumentContainer
{
    /// <inheritdoc />
    /// <remarks>
    /// Translated by <see cref="CosmosQueryTranslator"/> (see its remarks on ordering and composite indexes). With a
    /// partition key the query stays in that partition; without one it fans out across partitions. The SDK's
    /// continuation is handed out sealed to the query (<see cref="QueryContinuationSeal"/>): a token that was not issued
    /// for this query never reaches the SDK, and one the service still refuses is a bad token, not a store failure.
    /// </remarks>
    public async Task<DocumentPage<T>> QueryAsync<T>(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, 1000, nameof(query));
        Definition.EnsureDeclaresOrder(query.OrderBy);
        var sql = CosmosQueryTranslator.Translate(query, Definition.PartitionKeyPath);
        var definition = new QueryDefinition(sql.Text);
        foreach (var (name, value) in sql.Parameters)
            definition = definition.WithParameter(name, value);
        var options = new QueryRequestOptions { MaxItemCount = query.PageSize };
        if (query.PartitionKey is not null)
        {
            options.PartitionKey = new PartitionKey(query.PartitionKey);
            // Single-partition queries need no query plan: skip that round trip.
            options.EnableOptimisticDirectExecution = true;
        }

        var target = $"container '{Definition.Name}'";
        var resumeFrom = query.ContinuationToken is { } token ? QueryContinuationSeal.Open(Definition, query, token) : null;
        var items = new List<Document<T>>();
        string? continuation;
        using var iterator = CosmosContainer.GetItemQueryStreamIterator(definition, resumeFrom, options);
        var first = true;
        do
        {
            // A cross-partition page can come back empty while partitions remain: read on rather than return nothing.
            // (Stream iterators still throw for failures raised inside the SDK, such as the query plan: guarded.)
            using var response = await ReadQueryPageAsync(iterator, first && resumeFrom is not null, target, cancellationToken);
            first = false;
            using var feed = await CosmosDocumentReader.ParseFeedAsync(response, cancellationToken);
            foreach (var element in CosmosDocumentReader.Documents(feed))
                items.Add(CosmosDocumentReader.ToDocument<T>(element, etag: null, Definition.PartitionKeyProperty));
            continuation = response.ContinuationToken;
        }
        while (items.Count == 0 && continuation is not null && iterator.HasMoreResults);

        return new DocumentPage<T>(items, continuation is null ? null : QueryContinuationSeal.Seal(Definition, query, continuation));
    }

    // The first page after a continuation is where the SDK or the service judges the resumed position: a 400 there, or
    // an SDK exception other than a service answer, means the position (not the query, which ran before) is unusable.
    private static async Task<ResponseMessage> ReadQueryPageAsync(FeedIterator iterator, bool resuming, string target, CancellationToken cancellationToken)
    {
        ResponseMessage response;
        try
        {
            response = await CosmosFailures.GuardAsync(() => iterator.ReadNextAsync(cancellationToken), "Query", target);
        }
        catch (Exception exception) when (resuming && IsRefusedPosition(exception))
        {
            throw new InvalidContinuationTokenException(InvalidContinuationTokenException.DefaultMessage, exception);
        }

        if (response.IsSuccessStatusCode)
            return response;
        using (response)
        {
            if (resuming && response.StatusCode == HttpStatusCode.BadRequest)
                throw new InvalidContinuationTokenException();
            throw CosmosFailures.From(response, "Query", target);
        }
    }

    // The SDK parses the position itself and throws its own parse errors (of several types) for one it cannot read;
    // transport and service failures keep their meaning.
    private static bool IsRefusedPosition(Exception exception) => exception switch
    {
        DocumentStoreException { InnerException: CosmosException { StatusCode: HttpStatusCode.BadRequest } } => true,
        DocumentStoreException or OperationCanceledException or HttpRequestException or TimeoutException => false,
        _ => true,
    };

    /// <inheritdoc />
    /// <remarks>
    /// Cosmos DB's latest-version change feed; the continuation is the feed's own token. Outbox documents are left out
    /// (their relay reads them separately, see <see cref="CosmosOutboxDocument"/>), so a page may be empty while the continuation moves on.
    /// </remarks>
    public async Task<ChangePage> ReadChangesAsync(string? continuation, int maxItems, CancellationToken cancellationToken = default)
    {
        var (documents, next) = await ReadFeedAsync(continuation, maxItems, cancellationToken);
        var changes = documents
            .Where(document => !CosmosOutboxDocument.IsOutbox(document))
            .Select(document => CosmosDocumentReader.ToDocument<JsonElement>(document, etag: null, Definition.PartitionKeyProperty))
            .ToList();
        return new ChangePage(changes, next);
    }

    /// <summary>One change feed page as raw documents; a 304 (nothing new) is an empty page with the same position.</summary>
    internal async Task<(IReadOnlyList<JsonElement> Documents, string Continuation)> ReadFeedAsync(
        string? continuation, int maxItems, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var start = continuation is null ? ChangeFeedStartFrom.Beginning() : ChangeFeedStartFrom.ContinuationToken(continuation);
        var target = $"change feed of container '{Definition.Name}'";
        using var iterator = CosmosContainer.GetChangeFeedStreamIterator(
            start, ChangeFeedMode.LatestVersion, new ChangeFeedRequestOptions { PageSizeHint = maxItems });
        using var response = await CosmosFailures.GuardAsync(() => iterator.ReadNextAsync(cancellationToken), "ReadChanges", target);
        if (response.StatusCode != HttpStatusCode.NotModified && !response.IsSuccessStatusCode)
            throw CosmosFailures.From(response, "ReadChanges", target);
        var next = response.ContinuationToken ?? continuation
            ?? throw new DocumentStoreException($"Cosmos DB returned no continuation for the {target}.");
        if (response.StatusCode == HttpStatusCode.NotModified)
            return ([], next);

        using var feed = await CosmosDocumentReader.ParseFeedAsync(response, cancellationToken);
        return (CosmosDocumentReader.Documents(feed).Select(document => document.Clone()).ToList(), next);
    }
}
