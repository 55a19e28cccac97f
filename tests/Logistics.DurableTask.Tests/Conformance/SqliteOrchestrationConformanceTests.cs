namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>The orchestration suite on the SQLite task hub.</summary>
public sealed class SqliteOrchestrationConformanceTests(SqliteHostFixture fixture)
    : OrchestrationConformanceTests(fixture), IClassFixture<SqliteHostFixture>;
