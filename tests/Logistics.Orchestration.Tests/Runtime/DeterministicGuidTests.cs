using Logistics.Orchestration.Runtime;

namespace Logistics.Orchestration.Tests.Runtime;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Same_name_gives_the_same_version_5_guid()
    {
        var first = DeterministicGuid.Create("order-1_2026-11-21T08:00:00.0000000Z_0");
        var again = DeterministicGuid.Create("order-1_2026-11-21T08:00:00.0000000Z_0");
        var other = DeterministicGuid.Create("order-1_2026-11-21T08:00:00.0000000Z_1");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(5, first.Version);
        Assert.Equal('5', first.ToString()[14]);
    }

    [Fact]
    public void Matches_the_RFC_4122_v5_algorithm_for_a_known_namespace()
    {
        // uuid5(NAMESPACE_DNS, "python.org") from Python's uuid module documentation.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(dns, "python.org"));
    }
}
