using System.ComponentModel.DataAnnotations;

namespace Logistics.Functions.Hosting;

/// <summary>Request limits (section <c>Http</c>).</summary>
public sealed class RequestLimitsOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Http";

    /// <summary>Largest accepted request body in bytes; larger ones get 413. Default 1 MiB.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
