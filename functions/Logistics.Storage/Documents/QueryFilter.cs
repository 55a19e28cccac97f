namespace Logistics.Storage.Documents;

/// <summary>Comparison operators a <see cref="QueryFilter"/> can use.</summary>
public enum QueryOperator
{
    /// <summary>Equal (a null value matches a missing or null property).</summary>
    Equal,

    /// <summary>Not equal.</summary>
    NotEqual,

    /// <summary>Less than.</summary>
    LessThan,

    /// <summary>Less than or equal.</summary>
    LessThanOrEqual,

    /// <summary>Greater than.</summary>
    GreaterThan,

    /// <summary>Greater than or equal.</summary>
    GreaterThanOrEqual,

    /// <summary>String prefix.</summary>
    StartsWith,

    /// <summary>Value is one of a list (the filter value is an <see cref="System.Collections.IEnumerable"/>).</summary>
    In,
}

/// <summary>
/// One filter on a top-level or nested property path such as <c>/status</c> or <c>/line/sku</c>. Values are strings,
/// numbers, booleans, <see cref="DateTimeOffset"/> (compared as round-trip ISO-8601 UTC strings) or null.
/// </summary>
public sealed record QueryFilter(string Path, QueryOperator Operator, object? Value);
