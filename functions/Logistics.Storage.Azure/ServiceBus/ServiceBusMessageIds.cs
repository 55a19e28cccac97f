using System.Security.Cryptography;
using System.Text;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>The MessageId a sender's id becomes on Service Bus, which limits it to 128 characters.</summary>
internal static class ServiceBusMessageIds
{
    /// <summary>Service Bus's limit on <c>MessageId</c>.</summary>
    public const int MaxLength = 128;

    /// <summary>Marks an id that was too long and was replaced by its hash.</summary>
    public const string HashPrefix = "sha256:";

    /// <summary>
    /// <paramref name="id"/> itself when it fits, else <c>sha256:</c> and the hex of its UTF-8 SHA-256: the same long id
    /// always gives the same MessageId, so duplicate detection still drops a resend.
    /// </summary>
    public static string? ToServiceBus(string? id) =>
        id is null || id.Length <= MaxLength ? id : HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    /// <summary>
    /// A fresh id for a re-driven copy of a dead letter: the original id with a unique suffix, because duplicate detection
    /// would drop a copy that kept the original's id while the original is still remembered.
    /// </summary>
    public static string ForRedrive(string? originalId) => ToServiceBus($"{originalId}/redrive/{Guid.NewGuid():N}")!;
}
