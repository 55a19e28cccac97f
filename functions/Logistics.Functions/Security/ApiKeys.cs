using System.Security.Cryptography;
using System.Text;

namespace Logistics.Functions.Security;

/// <summary>Creates and hashes API keys.</summary>
/// <remarks>
/// Keys carry 256 random bits, so a single unsalted SHA-256 is enough to make the stored hash useless to a thief
/// (no dictionary applies), and it keeps lookup a point read by hash.
/// </remarks>
public static class ApiKeys
{
    /// <summary>Prefix that makes keys recognisable in secret scanners and logs.</summary>
    public const string Prefix = "lgk_";

    /// <summary>Shortest key accepted when preset through configuration.</summary>
    public const int MinimumLength = 32;

    /// <summary>A new random key, shown to its owner once.</summary>
    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A short random key id, safe to show and log.</summary>
    public static string NewKeyId() => "key-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
