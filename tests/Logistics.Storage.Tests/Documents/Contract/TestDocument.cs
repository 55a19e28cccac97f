namespace Logistics.Storage.Tests.Documents.Contract;

/// <summary>The document shape the contract tests write (camelCase on the wire: id, pk, status, qty, due, line).</summary>
public sealed record TestDocument(string Id, string Pk, string Status = "new", int Qty = 0, DateTimeOffset? Due = null, TestLine? Line = null)
{
    public long? Ttl { get; init; }
}

/// <summary>A nested object for path queries and patches.</summary>
public sealed record TestLine(string Sku, int Count);
