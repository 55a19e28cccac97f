using Logistics.Functions.Standalone;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Standalone;

/// <summary>What the standalone runtime declares on the embedded queue for a table.</summary>
public sealed class EntityDeclarationsTests
{
    [Fact]
    public void ChangeFeedRelays_AreNotStandaloneFunctions_SoTheirOutputsAreNotDeclared()
    {
        var declared = EntityDeclarations.From(TestFunctions.Create(), maxDeliveryCount: 10).Select(e => e.Name).ToList();

        Assert.Contains("test-out", declared);
        Assert.Contains("test-events", declared);
        Assert.DoesNotContain("test-work", declared);
        Assert.DoesNotContain("test-relayed-events", declared);
    }
}
