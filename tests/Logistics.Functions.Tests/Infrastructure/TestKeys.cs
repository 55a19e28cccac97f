using Logistics.Functions.Security;

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>Two publishers and the staff keys, created through the real access store.</summary>
public sealed record TestKeys(string PublisherA, string PublisherAKeyId, string PublisherB, string PublisherBKeyId, string Ops, string Floor)
{
    /// <summary>Publisher A's id.</summary>
    public const string PublisherAId = "acme";

    /// <summary>Publisher B's id.</summary>
    public const string PublisherBId = "globex";

    /// <summary>Creates the publishers and keys.</summary>
    public static async Task<TestKeys> CreateAsync(TestApp app)
    {
        var access = app.Get<AccessStore>();
        var a = await access.CreatePublisherAsync(PublisherAId, "Acme", null, CancellationToken.None) ?? throw new InvalidOperationException("acme exists");
        var b = await access.CreatePublisherAsync(PublisherBId, "Globex", null, CancellationToken.None) ?? throw new InvalidOperationException("globex exists");
        var ops = await access.CreateRoleKeyAsync(Roles.Ops, null, CancellationToken.None);
        var floor = await access.CreateRoleKeyAsync(Roles.Floor, null, CancellationToken.None);
        return new TestKeys(a.Key, a.KeyId, b.Key, b.KeyId, ops.Key, floor.Key);
    }
}
