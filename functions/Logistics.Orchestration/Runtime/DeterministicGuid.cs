using System.Security.Cryptography;
using System.Text;

namespace Logistics.Orchestration.Runtime;

/// <summary>Name-based UUID v5 (RFC 4122 §4.3), as Durable Task derives <c>NewGuid</c>.</summary>
internal static class DeterministicGuid
{
    /// <summary>The namespace Durable Task uses for orchestration GUIDs.</summary>
    private static readonly Guid Namespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(string name) => Create(Namespace, name);

    public static Guid Create(Guid namespaceId, string name)
    {
        var namespaceBytes = namespaceId.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 prescribes for v5 name-based ids; not used for security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
