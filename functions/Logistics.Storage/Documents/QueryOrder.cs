namespace Logistics.Storage.Documents;

/// <summary>One sort key of a <see cref="DocumentQuery"/>.</summary>
public sealed record QueryOrder(string Path, bool Descending = false);
