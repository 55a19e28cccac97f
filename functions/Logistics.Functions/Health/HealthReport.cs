namespace Logistics.Functions.Health;

/// <summary>The health answer.</summary>
/// <param name="Status"><see cref="Healthy"/> or <see cref="Unhealthy"/>.</param>
/// <param name="Runtime"><c>local</c> or <c>azure-functions</c>.</param>
/// <param name="Checks">Each check's status.</param>
/// <param name="DurationMs">Time the checks took.</param>
public sealed record HealthReport(string Status, string Runtime, IReadOnlyDictionary<string, string> Checks, double DurationMs)
{
    /// <summary>Everything answers.</summary>
    public const string Healthy = "Healthy";

    /// <summary>A dependency does not answer.</summary>
    public const string Unhealthy = "Unhealthy";
}
