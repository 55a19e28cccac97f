namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>The management suite on the SDK's in-memory service, which keeps no history it can return.</summary>
public sealed class InMemoryManagementConformanceTests(InMemoryHostFixture fixture)
    : ManagementConformanceTests(fixture), IClassFixture<InMemoryHostFixture>
{
    [Fact]
    public async Task History_of_a_service_that_cannot_return_it_is_reported_as_not_supported()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new ConformanceTasks.Parcel("A", 1, ConformanceTasks.ParcelState.Received));
        await Host.WaitForCompletionAsync(id);

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => Client.GetOrchestrationHistoryAsync(id));

        Assert.Contains("does not return orchestration history", refused.Message, StringComparison.Ordinal);
    }
}
