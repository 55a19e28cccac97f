using Logistics.Storage.Azure.ServiceBus;

namespace Logistics.Storage.Tests.ServiceBus;

public sealed class ServiceBusMessageIdsTests
{
    [Fact]
    public void Ids_up_to_128_characters_are_kept()
    {
        var id = new string('a', ServiceBusMessageIds.MaxLength);

        Assert.Equal(id, ServiceBusMessageIds.ToServiceBus(id));
        Assert.Null(ServiceBusMessageIds.ToServiceBus(null));
    }

    [Fact]
    public void Longer_ids_become_the_same_hash_every_time_and_different_ids_different_hashes()
    {
        var id = new string('a', 129);

        var hashed = ServiceBusMessageIds.ToServiceBus(id);

        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))), hashed);
        Assert.Equal(hashed, ServiceBusMessageIds.ToServiceBus(new string('a', 129)));
        Assert.NotEqual(hashed, ServiceBusMessageIds.ToServiceBus(new string('a', 128) + "b"));
        Assert.True(hashed!.Length <= ServiceBusMessageIds.MaxLength);
    }

    [Fact]
    public void A_redrive_id_is_fresh_each_time_and_fits()
    {
        var first = ServiceBusMessageIds.ForRedrive("event-1");
        var second = ServiceBusMessageIds.ForRedrive("event-1");

        Assert.StartsWith("event-1/redrive/", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.StartsWith("sha256:", ServiceBusMessageIds.ForRedrive(new string('e', 128)), StringComparison.Ordinal);
    }
}
