namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>The orchestration suite on the SDK's in-memory service.</summary>
public sealed class InMemoryOrchestrationConformanceTests(InMemoryHostFixture fixture)
    : OrchestrationConformanceTests(fixture), IClassFixture<InMemoryHostFixture>;
