using System.ComponentModel.DataAnnotations;

namespace Logistics.Functions.Security;

/// <summary>Key management settings (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Security";

    /// <summary>Active keys a publisher may hold at once; at least 2 so a key can be rotated without downtime.</summary>
    [Range(2, 10)]
    public int MaxKeysPerPublisher { get; set; } = 3;
}
