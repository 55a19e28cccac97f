namespace Logistics.Storage.Sqlite;

/// <summary>SQL for one page of a <see cref="Documents.DocumentQuery"/>, selecting <c>id, pk, etag, ts, body</c>.</summary>
/// <param name="Sql">The statement; it fetches one row more than the page size to tell whether another page exists.</param>
/// <param name="Parameters">Values to bind.</param>
/// <param name="NextToken">Builds the continuation from the last row of the page (its partition key and id).</param>
internal sealed record TranslatedQuery(
    string Sql,
    IReadOnlyList<KeyValuePair<string, object?>> Parameters,
    Func<string, string, string> NextToken);
